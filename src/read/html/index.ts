import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Extracted } from '../extracted.js';
import { detectLanguage } from '../language.js';
import { canonicalUrlOf, bylineOf, languageOf, siteArticleIdOf, siteNameOf, stripSiteName, titleOrigin } from './metadata.js';
import { parsePage, type Page } from './page.js';
import { paragraphsOf } from './paragraphs.js';
import { publishedOf, type Found } from './published.js';

function set(extracted: Extracted, field: keyof Extracted['from'], found: Found): void {
  if (!found) return;
  (extracted as unknown as Record<string, string>)[field] = found.value;
  extracted.from[field] = found.from;
}

/** The page's paragraphs (not its scripts and menus), to tell its language by. */
function proseOf(page: Page): string {
  const paragraphs = [...page.document.querySelectorAll('p')].map((p) => p.textContent ?? '').join(' ');
  return paragraphs.trim() ? paragraphs : (page.document.body?.textContent ?? '');
}

// A page that Readability itself doubts, with less text than this, has no article.
const MIN_UNREADERABLE_CHARS = 100;

/**
 * Reads a news page: metadata from JSON-LD, meta tags and the visible page,
 * and the story's paragraphs from Readability's main text.
 */
export function extractHtml(html: string, pageUrl: string | null): Extracted | null {
  const page = parsePage(html);
  const extracted: Extracted = { paragraphs: [], from: {} };
  set(extracted, 'source', siteNameOf(page));
  set(extracted, 'language', languageOf(page));
  // Printed dates are read in the page's language: when the page does not declare one, its text tells.
  const language = () => extracted.language ?? detectLanguage(proseOf(page));
  const published = publishedOf(page, pageUrl, language);
  set(extracted, 'published', published);
  if (published?.raw) extracted.publishedText = published.raw;
  set(extracted, 'byline', bylineOf(page));
  set(extracted, 'url', canonicalUrlOf(page, pageUrl));
  set(extracted, 'siteArticleId', siteArticleIdOf(page));
  const readerable = isProbablyReaderable(page.document as never);
  // Readability rewrites the document it is given, so everything above reads it first.
  const article = readability(page);
  if (!article?.content) return null;
  extracted.paragraphs = paragraphsOf(article.content);
  if (!readerable && (article.textContent ?? '').trim().length < MIN_UNREADERABLE_CHARS) return null;
  // Readability's choice of title (JSON-LD, Dublin Core, OpenGraph … or the <title> cleaned of its site part) is the best there is;
  // its source is whichever of those says the same.
  if (article.title) set(extracted, 'title', titleOrigin(page, article.title));
  if (!extracted.byline && article.byline) set(extracted, 'byline', { value: article.byline, from: 'byline element' });
  if (!extracted.source && article.siteName) set(extracted, 'source', { value: article.siteName, from: 'readability' });
  if (extracted.title) extracted.title = stripSiteName(extracted.title, extracted.source ?? null);
  return extracted;
}

/** Readability's article, or null when Readability cannot read the document (it throws on some fragments with no body). */
function readability(page: Page): ReturnType<Readability['parse']> {
  try {
    return new Readability(page.document as never).parse();
  } catch {
    return null;
  }
}
