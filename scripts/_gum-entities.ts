// Named entities of UD English GUM, in the openly licensed genres (see _corpora.ts), as IOB2 sentences for the
// entity recogniser. GUM marks every mention (Entity= in MISC, with its type); a mention counts as a name when it
// is linked to Wikipedia or its words are proper nouns. Person, organization and place become PER, ORG and LOC;
// the outermost name wins, and leading determiners and edge punctuation are left out (Universal NER's style).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toIob2, type IobSentence, type TagSpan } from '../src/entities/iob.js';

const OPEN_GUM_GENRES = new Set(['academic', 'bio', 'conversation', 'court', 'interview', 'news', 'speech', 'textbook', 'vlog', 'voyage']);
const TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const FUNCTION_UPOS = new Set(['DET', 'ADP', 'CCONJ', 'PUNCT', 'PART']);

interface Word {
  form: string;
  upos: string;
  misc: string;
}

export function gumEntitySentences(folder: string, file: string, docOffset: number): Array<IobSentence & { upos: string[]; xpos: string[] }> {
  const out: Array<IobSentence & { upos: string[]; xpos: string[] }> = [];
  let doc = docOffset - 1;
  let open = false;
  let words: Word[] = [];
  let xpos: string[] = [];
  const flush = () => {
    if (words.length && open) {
      const spans = entities(words);
      out.push({ words: words.map((w) => w.form), tags: toIob2(spans, words.length), doc, upos: words.map((w) => w.upos), xpos });
    }
    words = [];
    xpos = [];
  };
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      doc++;
      open = OPEN_GUM_GENRES.has(line.split('=')[1]!.trim().split('_')[1] ?? '');
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!/^\d+$/.test(f[0]!)) continue;
    words.push({ form: f[1]!, upos: f[3]!, misc: f[9]! });
    xpos.push(f[4]!);
  }
  flush();
  return out;
}

/** Outermost named person, organisation and place mentions of a sentence. */
function entities(words: Word[]): TagSpan[] {
  const stack: Array<{ id: string; start: number; type: string; linked: boolean }> = [];
  const all: Array<TagSpan & { linked: boolean }> = [];
  words.forEach((w, i) => {
    const value = w.misc.split('|').find((x) => x.startsWith('Entity='))?.slice(7);
    if (!value) return;
    for (const m of value.matchAll(/\(([^()]*)(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        const entry = { id: fields[0]!, start: i, type: fields[1]!, linked: fields.length > 7 };
        if (m[2]) all.push({ start: i, end: i + 1, type: entry.type, linked: entry.linked });
        else stack.push(entry);
      } else {
        const at = stack.map((e) => e.id).lastIndexOf(m[3]!);
        if (at < 0) continue;
        const [e] = stack.splice(at, 1);
        all.push({ start: e!.start, end: i + 1, type: e!.type, linked: e!.linked });
      }
    }
  });
  const named: TagSpan[] = [];
  for (const e of all) {
    const type = TYPES[e.type];
    if (!type) continue;
    let { start, end } = e;
    while (start < end && FUNCTION_UPOS.has(words[start]!.upos)) start++;
    while (end > start && words[end - 1]!.upos === 'PUNCT') end--;
    if (start === end) continue;
    const content = words.slice(start, end).filter((w) => !FUNCTION_UPOS.has(w.upos));
    const proper = content.length > 0 && content.every((w) => w.upos === 'PROPN');
    if (!proper && !(e.linked && words[start]!.upos === 'PROPN')) continue;
    named.push({ start, end, type });
  }
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  const flat: TagSpan[] = [];
  for (const s of named) if (!flat.length || s.start >= flat[flat.length - 1]!.end) flat.push(s);
  return flat;
}
