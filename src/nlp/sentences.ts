import { tokenize, type Word } from './tokenize.js';

// Sentence boundaries over the tokenizer's words, one paragraph at a time, so
// that no sentence crosses a paragraph. A sentence ends at . ! ? or an
// ellipsis (with the closing quotes and brackets that follow it), or after an abbreviation that can close a sentence when the next word
// is a usual sentence opener ("in the U.S. The ...").

const FINAL = /^(?:[.!?]+|\.\.\.+|…)$/;
// Emoticons and repeated final marks stay with the sentence they close ("Great! :)").
const TRAILING = /^(?:[.!?]+|\.\.\.+|…|[:;]-?[()DPp]|\^\^)$/;
const CLOSING = /^(?:["”’')\]}»]|'')$/;
const ABBREVIATION_CAN_END = new Set(['etc.', 'inc.', 'ltd.', 'corp.', 'co.', 'u.s.', 'u.k.', 'u.n.', 'jr.', 'sr.', 'a.m.', 'p.m.', 'bros.', 'al.']);
const OPENERS = new Set(
  'the a an he she it they we i you his her its their our this that these those but and or so yet in on at for if when while as after before there here what who why how however meanwhile also'.split(' '),
);

export interface Segmented {
  /** Each sentence as the index range `[first, last)` into `words`. */
  sentences: Array<{ first: number; last: number }>;
  words: Word[];
}

/** Tokenizes `text` paragraph by paragraph and splits each paragraph into sentences. */
export function segment(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): Segmented {
  const words: Word[] = [];
  const sentences: Segmented['sentences'] = [];
  for (const p of paragraphs) {
    const first = words.length;
    words.push(...tokenize(text, p.start, p.end));
    splitSentences(words, first, words.length, sentences);
  }
  return { sentences, words };
}

function splitSentences(words: readonly Word[], first: number, last: number, out: Segmented['sentences']): void {
  let begin = first;
  for (let i = first; i < last; i++) {
    const w = words[i]!;
    let end = -1;
    if (FINAL.test(w.form)) {
      end = i + 1;
      while (end < last && (CLOSING.test(words[end]!.form) && words[end]!.start === words[end - 1]!.end || TRAILING.test(words[end]!.form))) end++;
      // A quotation that goes on after "?" or "!" in lower case is one sentence ("Why?" he asked).
      const next = words[end];
      if (next && w.form !== '.' && CLOSING.test(words[end - 1]!.form) && /^\p{Ll}/u.test(next.form)) end = -1;
    } else if (ABBREVIATION_CAN_END.has(w.form.toLowerCase())) {
      const next = words[i + 1];
      if (next && OPENERS.has(next.form.toLowerCase()) && /^\p{Lu}/u.test(next.form)) end = i + 1;
    }
    if (end > 0 && end < last) {
      out.push({ first: begin, last: end });
      begin = end;
      i = end - 1;
    }
  }
  if (begin < last) out.push({ first: begin, last });
}
