// For tests: a document built from words, without the language models (spaCy's habit). A word may carry its
// part of speech and relation as "Tehran/PROPN/nsubj"; otherwise they are guessed from its form.
import { createActorsStage } from '../actors/resolve/index.js';
import { emptyDoc, type Doc, type Token } from '../model/index.js';
import { createEntitiesStage, type EntityModels } from './index.js';

const FUNCTION: Record<string, string> = {
  the: 'DET', a: 'DET', an: 'DET', his: 'PRON', her: 'PRON', he: 'PRON', she: 'PRON', they: 'PRON', it: 'PRON',
  in: 'ADP', of: 'ADP', with: 'ADP', to: 'ADP', on: 'ADP', and: 'CCONJ', said: 'VERB', met: 'VERB', will: 'AUX',
};
const XPOS: Record<string, string> = { PROPN: 'NNP', NOUN: 'NN', VERB: 'VBD', ADJ: 'JJ', DET: 'DT', PRON: 'PRP', ADP: 'IN', PUNCT: '.', CCONJ: 'CC', AUX: 'MD' };

export function docFromWords(sentences: string[], published = '2021-02-06T10:17:00Z'): Doc {
  let text = '';
  const tokens: Token[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  sentences.forEach((sentence, s) => {
    const first = text.length;
    for (const item of sentence.split(' ')) {
      const [word, given, rel] = item.split('/') as [string, string | undefined, string | undefined];
      if (text.length > first) text += ' ';
      const start = text.length;
      text += word;
      const upos = given ?? guess(word);
      tokens.push({ start, end: text.length, upos, xpos: XPOS[upos] ?? upos, lemma: word.toLowerCase(), head: -1, rel: rel ?? (upos === 'PUNCT' ? 'punct' : 'dep'), sentence: s });
    }
    spans.push({ start: first, end: text.length });
    text += ' ';
  });
  text = text.trimEnd();
  const doc = emptyDoc({
    id: 'test', url: null, canonicalUrl: null, title: null, text, paragraphs: [{ start: 0, end: text.length }], published, source: null, siteArticleId: null, byline: null, language: 'en', contentHash: 'test',
  } as unknown as Doc['article']);
  return { ...doc, sentences: spans, tokens };
}

function guess(word: string): string {
  if (/^[\p{P}]+$/u.test(word)) return 'PUNCT';
  if (FUNCTION[word.toLowerCase()]) return FUNCTION[word.toLowerCase()]!;
  return /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN';
}

/** A document built from words with the entities and actors stages run over it. */
export function annotateWords(models: EntityModels, sentences: string[], published?: string): Doc {
  const doc = docFromWords(sentences, published);
  Object.assign(doc, createEntitiesStage(models).run(doc));
  return Object.assign(doc, createActorsStage(models).run(doc));
}
