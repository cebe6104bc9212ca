import type { Hints } from '../model/index.js';

/** Raw bytes of one input and what is known about where they came from. */
export interface Source {
  /** What to call the input in messages: a path, a URL, `-`, or `file.jsonl:12`. */
  name: string;
  bytes: Uint8Array;
  /** The Content-Type a server sent, if any. */
  contentType?: string;
  /** Known format; when absent the bytes are sniffed. */
  format?: 'html' | 'text';
  hints: Hints;
}

export interface ReadOptions {
  /** Largest input accepted, before and after gunzip. Default 10 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
