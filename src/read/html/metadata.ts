import { comparable } from '../clean.js';
import { siteIdIn } from '../header.js';
import type { Found } from './published.js';
import { firstMeta, jsonLdArticles, jsonLdText, type Page } from './page.js';

function fromJsonLd(page: Page, keys: string[]): Found {
  for (const object of jsonLdArticles(page)) {
    for (const key of keys) {
      const value = jsonLdText(object[key]);
      if (value) return { value, from: `json-ld ${key}` };
    }
  }
  return null;
}

function fromMeta(page: Page, keys: string[]): Found {
  const found = firstMeta(page, keys);
  return found ? { value: found[1].trim(), from: `meta ${found[0]}` } : null;
}

export function siteNameOf(page: Page): Found {
  const publisher = jsonLdArticles(page)
    .map((o) => jsonLdText(o.publisher))
    .find(Boolean);
  return (
    fromMeta(page, ['og:site_name', 'application-name', 'twitter:site:name', 'dc.publisher']) ??
    (publisher ? { value: publisher, from: 'json-ld publisher' } : null)
  );
}

/** Removes a " | Site" or "Site - " part from a headline when it names the site. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•»-]\s+/);
  if (parts.length < 2 || !siteName) return title.trim();
  const site = comparable(siteName);
  const first = comparable(parts[0]!);
  const last = comparable(parts.at(-1)!);
  if (last === site || site.includes(last)) return title.slice(0, title.lastIndexOf(parts.at(-1)!)).replace(/\s+[|–—·•»-]\s*$/, '').trim();
  if (first === site || site.includes(first)) return title.slice(parts[0]!.length).replace(/^\s*[|–—·•»-]\s+/, '').trim();
  return title.trim();
}

const TITLE_META = ['dc:title', 'dcterm:title', 'dc.title', 'dcterms.title', 'og:title', 'title', 'twitter:title', 'parsely-title', 'sailthru.title'];

/** Where a headline was read from: the first JSON-LD field or meta tag that says the same, else the <title> element. */
export function titleOrigin(page: Page, title: string): NonNullable<Found> {
  const json = fromJsonLd(page, ['headline', 'name']);
  if (json && comparable(json.value) === comparable(title)) return { value: title, from: json.from };
  for (const key of TITLE_META) {
    if (page.meta.get(key)?.some((v) => comparable(v) === comparable(title))) return { value: title, from: `meta ${key}` };
  }
  return { value: title, from: 'title element' };
}

const URLISH = /^(?:https?:)?\/\//i;

export function bylineOf(page: Page): Found {
  const found =
    fromJsonLd(page, ['author', 'creator']) ??
    fromMeta(page, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl']);
  return found && !URLISH.test(found.value) ? found : null;
}

function languageTag(raw: string): string | null {
  const match = raw.trim().match(/^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i);
  if (!match) return null;
  return match[2] ? `${match[1]!.toLowerCase()}-${match[2].toUpperCase()}` : match[1]!.toLowerCase();
}

export function languageOf(page: Page): Found {
  const declared =
    (page.document.documentElement?.getAttribute('lang') && {
      value: page.document.documentElement.getAttribute('lang')!,
      from: 'html lang',
    }) ||
    fromMeta(page, ['content-language', 'og:locale', 'language', 'dc.language']) ||
    fromJsonLd(page, ['inLanguage']);
  const tag = declared ? languageTag(declared.value) : null;
  return declared && tag ? { value: tag, from: declared.from } : null;
}

export function canonicalUrlOf(page: Page, base: string | null): Found {
  const link = page.document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const found = link ? { value: link, from: 'link canonical' } : fromMeta(page, ['og:url', 'twitter:url']) ?? fromJsonLd(page, ['url']);
  if (!found) return null;
  try {
    return { value: new URL(found.value, base ?? undefined).href, from: found.from };
  } catch {
    return null;
  }
}

/** The site's own id of the story, when the page prints it ("News ID: 34597"). */
export function siteArticleIdOf(page: Page): Found {
  const id = siteIdIn(page.document.body?.textContent ?? '');
  return id ? { value: id, from: 'page text' } : null;
}
