import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../source.js';
import { fetchPage } from './fetch.js';
import { jsonlItems, type Item } from './jsonl.js';

export type { Item } from './jsonl.js';
export { jsonlItems } from './jsonl.js';
export { fetchPage } from './fetch.js';

export interface LoadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Read every file (and standard input) as JSON Lines articles. */
  jsonl?: boolean;
}

// Files a folder walk picks up; anything else in a folder is left alone.
const ARTICLE_FILE = /\.(?:html?|xhtml|txt|text|jsonl)(?:\.gz)?$/i;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) yield path;
  }
}

function isJsonl(name: string, options: LoadOptions): boolean {
  return options.jsonl === true || /\.jsonl(?:\.gz)?$/i.test(name);
}

function* fileItems(name: string, bytes: Uint8Array, options: LoadOptions): Generator<Item> {
  if (!isJsonl(name, options)) {
    yield { source: { name, bytes, hints: {} } };
    return;
  }
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  yield* jsonlItems(name, Buffer.from(raw).toString('utf8'));
}

/**
 * The inputs named on a command line, one item per article: files, folders
 * (recursively), `-` for standard input, and http(s) URLs; JSON Lines files
 * give one item per line. Feeds, sitemaps and web archives will be further
 * kinds of reference here.
 */
export async function* loadItems(refs: string[], options: LoadOptions = {}): AsyncGenerator<Item> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const ref of refs) {
    if (ref === '-') {
      yield* fileItems('-', await readStdin(), options);
    } else if (/^https?:\/\//i.test(ref)) {
      try {
        const page = await fetchPage(ref, { maxBytes, timeoutMs: options.timeoutMs });
        yield { source: { name: ref, bytes: page.bytes, contentType: page.contentType, hints: { url: page.url } } };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { error };
      }
    } else {
      const info = await stat(ref).catch(() => null);
      if (!info) {
        yield { error: new InputError(ref, 'No such file or folder') };
      } else if (info.isDirectory()) {
        for await (const path of walk(ref)) yield* fileItems(path, await readFile(path), options);
      } else if (info.size > maxBytes && !isJsonl(ref, options)) {
        yield { error: new InputError(ref, `Too large: ${info.size} bytes, the limit is ${maxBytes}`) };
      } else {
        yield* fileItems(ref, await readFile(ref), options);
      }
    }
  }
}
