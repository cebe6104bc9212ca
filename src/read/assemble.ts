import { createHash } from 'node:crypto';
import type { Article, Span } from '../model/index.js';
import type { Settled } from './settle.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** The article's stable id: a hash of its body text, so the same story read twice is one article. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function assemble(settled: Settled, externalId: string | null): Article {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const paragraph of settled.paragraphs) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = settled.paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    id: contentId(text),
    externalId,
    url: settled.url ?? null,
    source: settled.source ?? null,
    siteArticleId: settled.siteArticleId ?? null,
    title: settled.title ?? '',
    published: settled.published ?? null,
    publishedText: settled.published ? (settled.publishedText ?? settled.published) : null,
    language: settled.language ?? null,
    byline: settled.byline?.replace(/^by\s+/i, '').trim() || null,
    dateline: settled.dateline ?? null,
    text,
    paragraphs,
    metadataFrom: settled.from,
  };
}
