import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Extracted } from '../extracted.js';
import { canonicalUrlOf, bylineOf, languageOf, siteArticleIdOf, siteNameOf, stripSiteName, titleOf } from './metadata.js';
import { parsePage } from './page.js';
import { paragraphsOf } from './paragraphs.js';
import { publishedOf, type Found } from './published.js';

function set(extracted: Extracted, field: keyof Extracted['from'], found: Found): void {
  if (!found) return;
  (extracted as unknown as Record<string, string>)[field] = found.value;
  extracted.from[field] = found.from;
}

/**
 * Reads a news page: metadata from JSON-LD, meta tags and the visible page,
 * and the story's paragraphs from Readability's main text.
 */
export function extractHtml(html: string, pageUrl: string | null): Extracted | null {
  const page = parsePage(html);
  const extracted: Extracted = { paragraphs: [], from: {} };
  set(extracted, 'source', siteNameOf(page));
  set(extracted, 'published', publishedOf(page, pageUrl));
  set(extracted, 'byline', bylineOf(page));
  set(extracted, 'language', languageOf(page));
  set(extracted, 'url', canonicalUrlOf(page, pageUrl));
  set(extracted, 'siteArticleId', siteArticleIdOf(page));
  set(extracted, 'title', titleOf(page));
  const readerable = isProbablyReaderable(page.document as never);
  // Readability rewrites the document it is given, so everything above reads it first.
  const article = new Readability(page.document as never, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  extracted.paragraphs = paragraphsOf(article.content);
  if (!readerable && (article.textContent ?? '').trim().length < 200) return null;
  if (!extracted.title && article.title) set(extracted, 'title', { value: article.title, from: 'title element' });
  if (!extracted.byline && article.byline) set(extracted, 'byline', { value: article.byline, from: 'byline element' });
  if (!extracted.source && article.siteName) set(extracted, 'source', { value: article.siteName, from: 'readability' });
  if (extracted.title) extracted.title = stripSiteName(extracted.title, extracted.source ?? null);
  return extracted;
}
