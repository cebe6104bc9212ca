import { emptyDoc, type Doc } from '../model/index.js';
import { annotate, type NlpModels } from '../nlp/index.js';

/**
 * A document for one text with only the parse filled in: what the rules
 * see when no actors, times or places are known. Used to test rules on their
 * example sentences and to measure the coder on sentence sets.
 */
export function sentenceDoc(models: NlpModels, text: string, published: string | null = null): Doc {
  const paragraphs = [{ start: 0, end: text.length }];
  const article = { id: 'sentence', externalId: null, url: null, source: null, siteArticleId: null, title: '', published, language: 'en', byline: null, dateline: null, text, paragraphs, metadataFrom: {} };
  return { ...emptyDoc(article), ...annotate(models, text, paragraphs) };
}
