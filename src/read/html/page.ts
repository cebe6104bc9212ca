import { parseHTML } from 'linkedom';

/** The parsed page with its `<meta>` tags and JSON-LD objects gathered once. */
export interface Page {
  html: string;
  document: Document;
  /** `<meta>` contents by lower-cased `property`, `name`, `itemprop` or `http-equiv`, in page order. */
  meta: Map<string, string[]>;
  jsonLd: Array<Record<string, unknown>>;
}

function gatherMeta(document: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of element.getAttribute(attribute)?.toLowerCase().split(/\s+/) ?? []) {
        if (!key) continue;
        meta.set(key, [...(meta.get(key) ?? []), content]);
      }
    }
  }
  return meta;
}

function flatten(value: unknown, out: Array<Record<string, unknown>>): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    out.push(record);
    if (record['@graph']) flatten(record['@graph'], out);
  }
}

function gatherJsonLd(document: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Sites often leave raw control characters inside JSON-LD strings.
      flatten(JSON.parse((script.textContent ?? '').replace(/[\u0000-\u001F]+/g, ' ')), out);
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources still count.
    }
  }
  return out;
}

export function parsePage(html: string): Page {
  const { document } = parseHTML(withElementsInsideRoot(html)) as unknown as { document: Document };
  return { html, document, meta: gatherMeta(document), jsonLd: gatherJsonLd(document) };
}

/**
 * linkedom makes a page's first element its root: a page that opens with a style sheet or a script before `<html>`
 * (LA Weekly, 2020) had that element as its root and an empty body. Such elements are moved into `<head>` (not
 * right after `<html>`: linkedom then opens an empty head and body of its own), as a browser's parser does.
 */
function withElementsInsideRoot(html: string): string {
  const root = tagAt(html, 'html', 0);
  if (root <= 0) return html;
  const before = html.slice(0, root);
  if (!/<[a-z]/i.test(before.replace(/<!--[\s\S]*?-->/g, ''))) return html;
  const head = tagAt(html, 'head', root);
  const into = html.indexOf('>', head < 0 ? root : head) + 1;
  return html.slice(root, into) + before.replace(/<!doctype[^>]*>/gi, '') + html.slice(into);
}

/** Where a tag first opens from `from`, not counting those in comments (old pages open `<html>` once per Internet Explorer version). */
function tagAt(html: string, name: string, from: number): number {
  const tag = new RegExp(`<!--|<${name}[\\s>]`, 'gi');
  tag.lastIndex = from;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0] !== '<!--') return m.index;
    const end = html.indexOf('-->', m.index + 4);
    if (end < 0) return -1;
    tag.lastIndex = end + 3;
  }
  return -1;
}

export function firstMeta(page: Page, keys: readonly string[]): [string, string] | null {
  for (const key of keys) {
    const value = page.meta.get(key)?.[0];
    if (value) return [key, value];
  }
  return null;
}

const ARTICLE_TYPE = /article|posting|report|story/i;

/** JSON-LD objects describing the story (NewsArticle, BlogPosting …) first, then the others. */
export function jsonLdArticles(page: Page): Array<Record<string, unknown>> {
  const isArticle = (o: Record<string, unknown>) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  return [...page.jsonLd.filter(isArticle), ...page.jsonLd.filter((o) => !isArticle(o))];
}

/** A JSON-LD value as text: strings as they are, `{name}` objects by name, arrays by their first item. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? jsonLdText(value[0]) : null;
  if (value && typeof value === 'object') return jsonLdText((value as Record<string, unknown>).name);
  return null;
}
