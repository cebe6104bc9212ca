import type { Doc, Event } from '../model/index.js';

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

/** What narrows a list of events; every field is optional and they combine with AND. */
export interface EventFilter {
  /** An actor id on either side. */
  actor?: string;
  /** The source's actor code, or its start (`IRN` matches `IRNGOV`), or its actor id. */
  source?: string;
  target?: string;
  /** Two countries: every event between them, in either direction. */
  dyad?: [string, string];
  /** A country on either side. */
  country?: string;
  /** A CAMEO event code, or its start (`04` matches `043`). */
  code?: string;
  root?: string;
  quadClass?: number[];
  ploverType?: string;
  /** Event date range, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Publication date range, inclusive, `YYYY-MM-DD`. */
  publishedFrom?: string;
  publishedTo?: string;
  /** Words of the article (the same syntax as article search). */
  q?: string;
  /** Only events of this article. */
  article?: string;
}

/** An event as stored, with where it came from. */
export interface StoredEvent extends Event {
  articleId: string;
  /** The article's publication time. */
  published: string | null;
  title: string;
  url: string | null;
  /** The store's own number for the event (GDELT's GLOBALEVENTID in exports). */
  seq: number;
  /** Whether the evidence is in the first paragraph. */
  inLead: boolean;
  /** The country of each side: its actor's, else the one its code starts with. */
  sourceCountry: string | null;
  targetCountry: string | null;
  ingestedAt: string;
}

export type Interval = 'day' | 'week' | 'month';

/** One period of a dyad's series. */
export interface SeriesPoint {
  /** First day of the period (weeks start on Monday). */
  period: string;
  /** Events per QuadClass: [verbal cooperation, material cooperation, verbal conflict, material conflict]. */
  quadClass: [number, number, number, number];
  events: number;
  goldstein: number;
  articles: number;
}

export interface ActorSummary {
  id: string;
  name: string;
  type: string;
  country: string | null;
  code: string;
  articles: number;
  events: number;
}

export interface ActorDetail extends ActorSummary {
  /** Each role the actor held in the articles, with the first and last publication day it was seen. */
  roles: Array<{ role: string | null; agent: string | null; code: string; from: string | null; to: string | null; articles: number }>;
}

/** An edge of the actor network: events from one actor to another. */
export interface ActorLink {
  /** Actor id, or actor code when the side has no actor. */
  source: string;
  target: string;
  /** The actor's name, or the code. */
  sourceName: string;
  targetName: string;
  events: number;
  goldstein: number;
}

/**
 * Where coded documents live. Implementations (SQLite now, PostgreSQL
 * later) share one test suite; nothing here names a database engine.
 */
export interface Store {
  /** Creates or updates the schema. */
  migrate(): Promise<void>;
  /**
   * Stores documents in one transaction; an article already stored (same
   * content id) is counted, not stored again, unless `replace` is set: then
   * its document and all its layers are replaced (after a model or rule change).
   */
  putDocs(docs: Doc[], options?: { replace?: boolean }): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  getDoc(id: string): Promise<Doc | null>;
  listArticles(options?: { limit?: number; cursor?: string | null }): Promise<Page<ArticleSummary>>;
  search(query: string, options?: { limit?: number; cursor?: string | null }): Promise<Page<SearchHit>>;
  countArticles(): Promise<number>;
  /** Events, newest event date first. */
  events(filter: EventFilter, options?: { limit?: number; cursor?: string | null }): Promise<Page<StoredEvent>>;
  /** Events between two countries (either direction) per period. */
  dyadSeries(a: string, b: string, options: { interval: Interval; filter?: EventFilter }): Promise<SeriesPoint[]>;
  /** Pairs of countries with events between them, the most events first. */
  topDyads(options?: { limit?: number }): Promise<Array<{ a: string; b: string; events: number }>>;
  /** Actors, most events first; `q` matches names and codes. */
  actors(options?: { q?: string; country?: string; limit?: number; cursor?: string | null }): Promise<Page<ActorSummary>>;
  actor(id: string): Promise<ActorDetail | null>;
  /** Pairs of actors linked by events, the most linked first. */
  actorLinks(options?: { actor?: string; limit?: number }): Promise<ActorLink[]>;
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
