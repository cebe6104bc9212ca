import type { Sentence, Token } from '../model/index.js';
import type { NlpModels } from './models.js';
import { repairParse } from './repair.js';
import { segment } from './sentences.js';

export interface AnalysedWord {
  form: string;
  upos: string;
  xpos: string;
  lemma: string;
  /** Head within the sentence, -1 for the root. */
  head: number;
  rel: string;
}

/** Tags, lemmatises and parses one sentence given as words. */
export function analyseWords(models: NlpModels, words: readonly string[]): AnalysedWord[] {
  if (!words.length) return [];
  const tags = models.tagger.tag(words);
  const upos = tags.map((t) => t.upos);
  const xpos = tags.map((t) => t.xpos);
  const { head, rel } = models.parser.parse(words, upos, xpos);
  repairParse(words, upos, xpos, head, rel);
  return words.map((form, i) => ({ form, upos: upos[i]!, xpos: xpos[i]!, lemma: models.lemmatizer.lemma(form, xpos[i]!), head: head[i]!, rel: rel[i]! }));
}

/** Sentences and tokens of a text split into paragraphs; token heads index the returned tokens. */
export function annotate(models: NlpModels, text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): { sentences: Sentence[]; tokens: Token[] } {
  const { words, sentences: ranges } = segment(text, paragraphs, models.boundaries);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  ranges.forEach(({ first, last }, s) => {
    const span = words.slice(first, last);
    sentences.push({ start: span[0]!.start, end: span[span.length - 1]!.end });
    const analysed = analyseWords(models, span.map((w) => w.form));
    analysed.forEach((a, i) => {
      tokens.push({ start: span[i]!.start, end: span[i]!.end, upos: a.upos, xpos: a.xpos, lemma: a.lemma, head: a.head < 0 ? -1 : first + a.head, rel: a.rel, sentence: s });
    });
  });
  return { sentences, tokens };
}
