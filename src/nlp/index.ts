import type { Stage } from '../pipeline/stage.js';
import { annotate } from './annotate.js';
import type { NlpModels } from './models.js';

export { loadNlpModels, MODELS_DIR, type NlpModels } from './models.js';
export { annotate, analyseSentences, analyseWords, type AnalysedWord } from './annotate.js';
export { tokenize, type Word } from './tokenize.js';
export { segment } from './sentences.js';
export { parseConllu, writeConllu, type ConlluSentence } from './conllu.js';

/** The language core: sentences, then tokens with part of speech, lemma and a dependency parse. */
export function createNlpStage(models: NlpModels): Stage {
  return {
    name: 'nlp',
    requires: ['article'],
    assigns: ['sentences', 'tokens'],
    run(doc) {
      return annotate(models, doc.article.text, doc.article.paragraphs);
    },
  };
}
