import type { TagSpan } from './iob.js';

// An acronym defined in brackets right after a name ("Real Estate Council of Ontario (RECO)") names the same
// thing wherever the document uses it (Schwartz & Hearst 2003 find abbreviations by this pattern): the recogniser,
// which has seldom seen such a word, often leaves it untagged.

const ACRONYM = /^[A-Z][A-Za-z&]{1,7}$/;

/** The spans of a document's sentences, with the acronyms it defines tagged as their names are, where untagged. */
export function withDefinedAcronyms(sentences: ReadonlyArray<{ words: readonly string[] }>, spans: readonly TagSpan[][]): TagSpan[][] {
  const defined = new Map<string, TagSpan['type']>();
  sentences.forEach(({ words }, s) => {
    for (const span of spans[s]!) {
      const acronym = words[span.end + 1];
      if (words[span.end] !== '(' || words[span.end + 2] !== ')' || !acronym || !ACRONYM.test(acronym)) continue;
      if (acronym.replace(/[^A-Z]/g, '').length < 2) continue;
      const first = /^the$/i.test(words[span.start]!) && span.end - span.start > 1 ? words[span.start + 1]! : words[span.start]!;
      if (first[0] === acronym[0]) defined.set(acronym, span.type);
    }
  });
  if (!defined.size) return spans.map((list) => [...list]);
  return spans.map((list, s) => {
    const { words } = sentences[s]!;
    const covered = new Uint8Array(words.length);
    for (const span of list) covered.fill(1, span.start, span.end);
    const added: TagSpan[] = [];
    words.forEach((w, i) => {
      const type = defined.get(w);
      if (type && !covered[i]) added.push({ start: i, end: i + 1, type });
    });
    return added.length ? [...list, ...added].sort((a, b) => a.start - b.start) : [...list];
  });
}
