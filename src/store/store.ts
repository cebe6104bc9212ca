import type { Doc } from '../model/index.js';

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  /** The first words of the text. */
  lead: string;
}

export interface SearchHit extends ArticleSummary {
  /** A passage around the matches, with the matched words' spans inside `snippet`. */
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface PutResult {
  stored: number;
  duplicates: number;
}

/**
 * Where coded documents live. Implementations (SQLite now, PostgreSQL
 * later) share one test suite; nothing here names a database engine.
 */
export interface Store {
  /** Creates or updates the schema. */
  migrate(): Promise<void>;
  /** Stores documents in one transaction; an article already stored (same content id) is counted, not stored again. */
  putDocs(docs: Doc[]): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  getDoc(id: string): Promise<Doc | null>;
  listArticles(options?: { limit?: number; cursor?: string | null }): Promise<Page<ArticleSummary>>;
  search(query: string, options?: { limit?: number; cursor?: string | null }): Promise<Page<SearchHit>>;
  countArticles(): Promise<number>;
  close(): Promise<void>;
}

export class CursorError extends Error {
  override name = 'CursorError';
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, check: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError(`Invalid cursor "${cursor}"`);
  }
  if (!check(value)) throw new CursorError(`Invalid cursor "${cursor}"`);
  return value;
}
