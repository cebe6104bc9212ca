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
  return analyseSentences(models, [words])[0]!;
}

/**
 * Tags, lemmatises and parses sentences given as words. Every sentence is tagged before any is parsed: the
 * tagger's and the parser's weights then take turns in the processor's cache once per batch, not once per
 * sentence (about 9 % faster over a document's sentences, measured 2026-11-29).
 */
export function analyseSentences(models: NlpModels, sentences: ReadonlyArray<readonly string[]>): AnalysedWord[][] {
  const tagged = sentences.map((words) => (words.length ? models.tagger.tag(words) : []));
  return sentences.map((words, s) => {
    if (!words.length) return [];
    const upos = tagged[s]!.map((t) => t.upos);
    const xpos = tagged[s]!.map((t) => t.xpos);
    const { head, rel } = models.parser.parse(words, upos, xpos);
    repairParse(words, upos, xpos, head, rel);
    return words.map((form, i) => ({ form, upos: upos[i]!, xpos: xpos[i]!, lemma: models.lemmatizer.lemma(form, xpos[i]!), head: head[i]!, rel: rel[i]! }));
  });
}

/** Sentences and tokens of a text split into paragraphs; token heads index the returned tokens. */
export function annotate(models: NlpModels, text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): { sentences: Sentence[]; tokens: Token[] } {
  const { words, sentences: ranges } = segment(text, paragraphs, models.boundaries);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const spans = ranges.map(({ first, last }) => words.slice(first, last));
  const analysed = analyseSentences(models, spans.map((span) => span.map((w) => w.form)));
  ranges.forEach(({ first }, s) => {
    const span = spans[s]!;
    sentences.push({ start: span[0]!.start, end: span[span.length - 1]!.end });
    analysed[s]!.forEach((a, i) => {
      tokens.push({ start: span[i]!.start, end: span[i]!.end, upos: a.upos, xpos: a.xpos, lemma: a.lemma, head: a.head < 0 ? -1 : first + a.head, rel: a.rel, sentence: s });
    });
  });
  return { sentences, tokens };
}
