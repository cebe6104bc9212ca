import { emptyDoc, type Doc, type Token } from '../model/index.js';

// Words that start sentences without being names, for hand-built test documents.
const FUNCTION = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'In', 'On', 'At', 'But', 'And', 'After', 'Officials', 'Police', 'Voters', 'Fans', 'His', 'Her', 'Its', 'This', 'That', 'From', 'For', 'As', 'Of']);

/**
 * A document for tests, without the trained models: words split on spaces and punctuation, capitalised words
 * tagged PROPN (except common sentence openers), one sentence per full stop. No parse.
 */
export function docFromText(text: string): Doc {
  const doc = emptyDoc({ id: 't', externalId: null, url: null, source: null, siteArticleId: null, title: '', published: null, language: 'en', byline: null, dateline: null, text, paragraphs: [{ start: 0, end: text.length }], metadataFrom: {} } as Doc['article']);
  const tokens: Token[] = [];
  let sentence = 0;
  let first = true;
  for (const m of text.matchAll(/['’]s\b|[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu)) {
    let form = m[0];
    if (form.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(form)) form = form.slice(0, -1);
    const start = m.index!;
    const proper = /^\p{Lu}/u.test(form) && !(first && FUNCTION.has(form));
    tokens.push({ start, end: start + form.length, upos: proper ? 'PROPN' : /^\p{L}/u.test(form) ? 'NOUN' : 'PUNCT', xpos: proper ? 'NNP' : 'NN', lemma: form.toLowerCase(), head: -1, rel: 'dep', sentence });
    first = false;
    if (form === '.' || m[0].endsWith('.') && form !== m[0]) {
      if (form !== m[0]) tokens.push({ start: start + form.length, end: start + form.length + 1, upos: 'PUNCT', xpos: '.', lemma: '.', head: -1, rel: 'punct', sentence });
      sentence++;
      first = true;
    }
  }
  doc.tokens = tokens;
  return doc;
}
