import { tokenize, type Word } from './tokenize.js';

// Sentence boundaries over the tokenizer's words, one paragraph at a time, so
// that no sentence crosses a paragraph. A sentence ends at . ! ? or an
// ellipsis (with the closing quotes and brackets that follow it), or after
// an abbreviation that can close a sentence when the next word is a usual
// sentence opener ("in the U.S. The ..."). A learned decider (boundary.ts)
// may overrule them where text has no punctuation to go by.

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

/** Decides, for each word of a paragraph, whether a sentence ends after it. */
export type BoundaryDecider = (words: readonly Word[], rules: Uint8Array) => Uint8Array;

/**
 * Tokenizes `text` paragraph by paragraph and splits each paragraph into
 * sentences, by the rules alone or by a learned decider that sees them.
 */
export function segment(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, decide?: BoundaryDecider): Segmented {
  const words: Word[] = [];
  const sentences: Segmented['sentences'] = [];
  for (const p of paragraphs) {
    const first = words.length;
    const paragraph = tokenize(text, p.start, p.end);
    words.push(...paragraph);
    const rules = ruleBoundaries(paragraph);
    const ends = decide ? keepNamesWhole(text, paragraph, rules, decide(paragraph, rules)) : rules;
    let begin = 0;
    for (let i = 0; i < paragraph.length; i++) {
      if (ends[i] || i === paragraph.length - 1) {
        sentences.push({ first: first + begin, last: first + i + 1 });
        begin = i + 1;
      }
    }
  }
  return { sentences, words };
}

/**
 * A boundary the decider puts where no punctuation is (a signature, a list, a caption) does not split a word written
 * without a space ("SARS-CoV-2") or, on one line, a name running on in capitals ("Labour MP | Tom Watson", "Mike |
 * Ryan of the WHO"), unless the second word is a usual sentence opener ("Diego Garcia | The exiled").
 */
function keepNamesWhole(text: string, words: readonly Word[], rules: Uint8Array, ends: Uint8Array): Uint8Array {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!ends[i] || rules[i]) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (gap === '' || (!gap.includes('\n') && namePart(a.form) && CAPITALISED.test(b.form) && !OPENERS.has(b.form.toLowerCase()))) ends[i] = 0;
  }
  return ends;
}

/** A capitalised word that may go on into a name: not an abbreviation with its period, nor the AM or PM of a time. */
function namePart(form: string): boolean {
  return CAPITALISED.test(form) && !form.endsWith('.') && !/^[AP]M$/i.test(form);
}

const CAPITALISED = /^\p{Lu}/u;

/** 1 after each word that ends a sentence by the rules (the last word of the paragraph included). */
export function ruleBoundaries(words: readonly Word[]): Uint8Array {
  const ends = new Uint8Array(words.length);
  const last = words.length;
  for (let i = 0; i < last; i++) {
    const w = words[i]!;
    let end = -1;
    if (FINAL.test(w.form)) {
      end = i + 1;
      while (end < last && ((CLOSING.test(words[end]!.form) && words[end]!.start === words[end - 1]!.end) || TRAILING.test(words[end]!.form))) end++;
      // A quotation that goes on after "?" or "!" in lower case is one sentence ("Why?" he asked).
      const next = words[end];
      if (next && w.form !== '.' && CLOSING.test(words[end - 1]!.form) && /^\p{Ll}/u.test(next.form)) end = -1;
    } else if (ABBREVIATION_CAN_END.has(w.form.toLowerCase())) {
      const next = words[i + 1];
      if (next && OPENERS.has(next.form.toLowerCase()) && /^\p{Lu}/u.test(next.form)) end = i + 1;
    }
    if (end > 0) {
      ends[end - 1] = 1;
      i = end - 1;
    }
  }
  if (last) ends[last - 1] = 1;
  return ends;
}
