import { emptyDoc, type Doc, type Token } from '../model/index.js';

/**
 * A document for tests, built from words the way spaCy's tests do, without the trained models. Each word is
 * `form/UPOS` or `form/UPOS/lemma` (lemma defaults to the lower-cased form; XPOS is VBD for verbs ending in -ed
 * or "said", VBZ for -s, VBG for -ing). `¶` starts a new paragraph; a sentence ends after `.`. Heads and relations,
 * when given, are per word (index within the whole list, -1 for a root), ¶ not counted.
 */
export function docFromWords(words: string, parse?: { heads: number[]; rels: string[] }): Doc {
  let text = '';
  const tokens: Token[] = [];
  const paragraphs: Array<{ start: number; end: number }> = [];
  let paragraphStart = 0;
  let sentence = 0;
  let glue = true;
  for (const item of words.trim().split(/\s+/)) {
    if (item === '¶') {
      paragraphs.push({ start: paragraphStart, end: text.length });
      text += '\n\n';
      paragraphStart = text.length;
      glue = true;
      continue;
    }
    const [form, upos = 'X', lemma] = item.split('/');
    const attach = glue || /^([,.;:!?”)\]]|’s|'s|n’t)$/.test(form!);
    if (!attach) text += ' ';
    const start = text.length;
    text += form;
    const i = tokens.length;
    tokens.push({ start, end: text.length, upos, xpos: xpos(form!, upos), lemma: lemma ?? form!.toLowerCase(), head: parse?.heads[i] ?? -1, rel: parse?.rels[i] ?? 'dep', sentence });
    glue = /^[“([]$/.test(form!);
    if (form === '.') sentence++;
  }
  paragraphs.push({ start: paragraphStart, end: text.length });
  const doc = emptyDoc({ id: 't', externalId: null, url: null, source: null, siteArticleId: null, title: '', published: null, language: 'en', byline: null, dateline: null, text, paragraphs, metadataFrom: {} } as unknown as Doc['article']);
  doc.tokens = tokens;
  return doc;
}

function xpos(form: string, upos: string): string {
  if (upos === 'VERB' || upos === 'AUX') {
    if (/ing$/.test(form)) return 'VBG';
    if (/(ed|said|told|was|were)$/.test(form)) return 'VBD';
    if (/s$/.test(form)) return 'VBZ';
    return 'VBP';
  }
  return upos === 'PROPN' ? 'NNP' : upos === 'NOUN' ? 'NN' : upos;
}

/** The span of the n-th occurrence (from 0) of `words` in the document's text. */
export function spanOf(doc: Doc, words: string, n = 0): { start: number; end: number } {
  const found = [...doc.article.text.matchAll(new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))][n];
  if (!found) throw new Error(`Test text has no "${words}"`);
  return { start: found.index!, end: found.index! + words.length };
}
