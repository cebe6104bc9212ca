import type { Article } from '../model/index.js';
import { assemble } from './assemble.js';
import { unpack } from './bytes.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { extractHtml } from './html/index.js';
import { settle } from './settle.js';
import { DEFAULT_MAX_BYTES, type ReadOptions, type Source } from './source.js';
import { extractText } from './text.js';
import { normaliseTimestamp } from './timestamp.js';

export { InputError } from './errors.js';
export { DEFAULT_MAX_BYTES, type ReadOptions, type Source } from './source.js';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml|article|div|p|style|script|link)\b/i;
const HTML_NAME = /\.x?html?(?:\.gz)?$/i;

function looksLikeHtml(bytes: Uint8Array, contentType: string | undefined, name: string): boolean {
  if (contentType) return /html|xml/i.test(contentType);
  // A saved page may open with a style sheet or script longer than the head read here.
  if (HTML_NAME.test(name)) return true;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return HTML_START.test(head) || (head.match(/<\/?(?:p|div|br|span|a)\b[^>]*>/gi)?.length ?? 0) >= 3;
}

/** The read stage: one input's bytes to an Article, or an InputError that names the input. */
export function readArticle(source: Source, options: ReadOptions & { defaultPublished?: string } = {}): Article {
  const bytes = unpack(source.name, source.bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const html = source.format ? source.format === 'html' : looksLikeHtml(bytes, source.contentType, source.name);
  const { text } = decode(source.name, bytes, { contentType: source.contentType, html });
  const extracted = html ? extractHtml(text, source.hints.url ?? null) : extractText(text);
  if (!extracted) throw new InputError(source.name, 'No article found in the page');
  const settled = settle(extracted, source.hints);
  if (!settled.paragraphs.some((p) => /\p{L}{2}/u.test(p))) throw new InputError(source.name, 'No article text found');
  if (!settled.published && options.defaultPublished) {
    settled.published = normaliseTimestamp(options.defaultPublished) ?? undefined;
    settled.publishedText = options.defaultPublished;
    settled.from.published = 'default';
  }
  return assemble(settled, source.hints.externalId ?? null);
}
