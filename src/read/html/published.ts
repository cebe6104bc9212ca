import { normaliseTimestamp } from '../timestamp.js';
import { dateLine } from '../header.js';
import { jsonLdArticles, type Page } from './page.js';

/** A field value and where on the page it was read from. */
/** A field value, where on the page it was read from, and (for times) the text as the page printed it. */
export type Found = { value: string; from: string; raw?: string } | null;

// Meta tags that carry the first publication time, most specific first.
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'published_time',
  'datepublished',
  'article.published',
  'article_date_original',
  'publication_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'og:pubdate',
  'rnews:datepublished',
  'originalpublicationdate',
  'article:post_date',
  'displaydate',
  'created',
];

function fromJsonLd(page: Page): Found {
  for (const object of jsonLdArticles(page)) {
    for (const key of ['datePublished', 'dateCreated']) {
      const raw = object[key];
      const value = typeof raw === 'string' ? normaliseTimestamp(raw) : null;
      if (value) return { value, from: `json-ld ${key}`, raw: raw as string };
    }
  }
  return null;
}

function fromMeta(page: Page): Found {
  for (const key of PUBLISHED_META) {
    for (const raw of page.meta.get(key) ?? []) {
      const value = normaliseTimestamp(raw);
      if (value) return { value, from: `meta ${key}`, raw };
    }
  }
  return null;
}

const PUBLISHED_HINT = /publish|posted|pubdate|created|dateline|article-date|entry-date|post-date/i;

function hintOf(element: Element): string {
  return [element.getAttribute('class'), element.getAttribute('id'), element.getAttribute('itemprop')].join(' ');
}

function fromTimeElements(page: Page): Found {
  const times = [...page.document.querySelectorAll('time[datetime], [itemprop="datePublished"], [class*="time"][title], [class*="date"][title]')];
  const scored = times
    .map((element, index) => {
      const raw = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.getAttribute('title') ?? element.textContent ?? '';
      const value = normaliseTimestamp(raw);
      const context = `${hintOf(element)} ${element.parentElement ? hintOf(element.parentElement) : ''}`;
      const modified = /modif|updat/i.test(context) && !PUBLISHED_HINT.test(context);
      const score = (element.hasAttribute('pubdate') || PUBLISHED_HINT.test(context) ? 2 : 0) - (modified ? 3 : 0) - index / 1000;
      return { value, score, raw: raw.trim() };
    })
    .filter((t) => t.value && t.score > -1)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  return best?.value ? { value: best.value, from: 'time element', raw: best.raw } : null;
}

// Publication times that pages keep in their own script data (Next.js state, analytics objects …).
const SCRIPT_DATE = /["'](?:datePublished|publishDate|publishedAt|published_at|publishedDate|publish_date|date_published|pubDate|firstPublished|first_published_at)["']\s*:\s*["']([^"']{8,40})["']/;

function fromScriptData(page: Page): Found {
  const match = SCRIPT_DATE.exec(page.html);
  const value = match ? normaliseTimestamp(match[1]!) : null;
  return value ? { value, from: 'script data', raw: match![1] } : null;
}

const DATE_CLASS = /date|time|publish|posted|dateline|byline|meta|info/i;
// Dates in these parts of a page belong to other stories or to the site.
const ELSEWHERE = 'nav, aside, footer, [class*="related"], [class*="sidebar"], [class*="comment"], [id*="sidebar"], [id*="comment"]';

/** A date printed near the headline, such as the seed's `Feb 6, 2021, 1:47 PM`. */
function fromVisibleDateline(page: Page, language: string | null): Found {
  const candidates = [...page.document.querySelectorAll('span, div, p, small, li, em, strong, b, abbr, time, h3, h4, h5, h6')];
  let fallback: Found = null;
  for (const element of candidates) {
    const text = element.textContent?.trim() ?? '';
    if (text.length < 6 || text.length > 80 || element.children.length > 2 || element.closest(ELSEWHERE)) continue;
    const value = dateLine(text, language);
    if (!value) continue;
    if (DATE_CLASS.test(hintOf(element))) return { value, from: 'visible dateline', raw: text };
    fallback ??= { value, from: 'visible dateline', raw: text };
  }
  return fallback ?? fromLineUnderHeadline(page, language);
}

/** The line right under a headline, when it opens with a date ("22/11/2020 - 04:30 - Source: …"). */
function fromLineUnderHeadline(page: Page, language: string | null): Found {
  for (const h1 of [...page.document.querySelectorAll('h1')].slice(0, 3)) {
    const text = h1.nextElementSibling?.textContent?.trim() ?? '';
    const value = dateLine(text, language);
    if (value) return { value, from: 'visible dateline', raw: text };
  }
  return null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|\.html?|$)/;

export function dateFromUrl(url: string | null | undefined): Found {
  const match = url ? URL_DATE.exec(url) : null;
  return match ? { value: `${match[1]}-${match[2]}-${match[3]}`, from: 'url', raw: match[0].replace(/^\/|[/_.-]$|\.html?$/g, '') } : null;
}

/** The publication time of a page, from the most trustworthy place that has one; `language` is asked for only when a printed date must be read. */
export function publishedOf(page: Page, url: string | null, language: () => string | null): Found {
  return fromJsonLd(page) ?? fromMeta(page) ?? fromTimeElements(page) ?? fromScriptData(page) ?? fromVisibleDateline(page, language()) ?? dateFromUrl(url);
}

