import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { Doc } from '../model/index.js';
import { ftsQuery } from './fts-query.js';
import { sqliteMigrations } from './migrations/index.js';
import { layerRows } from './layer-rows.js';
import type { Database as Tables } from './schema.js';
import { queryActor, queryActorLinks, queryActors } from './sqlite-actors.js';
import { queryEvents, querySeries, queryTopDyads } from './sqlite-events.js';
import { CursorError, decodeCursor, encodeCursor, type ArticleSummary, type Page, type SearchHit, type Store } from './store.js';

const LEAD_CHARS = 240;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const ROWS_PER_INSERT = 500;

type ListCursor = [string, number];
const isListCursor = (v: unknown): v is ListCursor => Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number';
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function limitOf(limit: number | undefined): number {
  return Math.min(Math.max(1, limit ?? DEFAULT_LIMIT), MAX_LIMIT);
}

const SNIPPET_OPEN = '\u0001';
const SNIPPET_CLOSE = '\u0002';

/** Turns FTS5's marked-up snippet into plain text and the spans of the matches. */
function unmark(marked: string): { snippet: string; highlights: Array<{ start: number; end: number }> } {
  const highlights: Array<{ start: number; end: number }> = [];
  let snippet = '';
  let last = 0;
  for (const match of marked.matchAll(new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, 'g'))) {
    snippet += marked.slice(last, match.index);
    highlights.push({ start: snippet.length, end: snippet.length + match[1]!.length });
    snippet += match[1];
    last = match.index + match[0].length;
  }
  return { snippet: snippet + marked.slice(last), highlights };
}

/** The embedded store: one SQLite file (or `:memory:`), FTS5 for search. */
export function createSqliteStore(path: string): Store {
  const connection = new Database(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: connection }) });
  const summaryColumns = ['id', 'title', 'source', 'published', 'url', 'language', sql<string>`substr(articles.text, 1, ${LEAD_CHARS})`.as('lead')] as const;

  return {
    async migrate() {
      const { error, results } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error) throw new Error(`Database ${path}: migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
    },

    async putDocs(docs, options = {}) {
      const now = new Date().toISOString();
      return db.transaction().execute(async (tx) => {
        let stored = 0;
        for (const doc of docs) {
          const a = doc.article;
          const values = {
            id: a.id,
            external_id: a.externalId,
            url: a.url,
            source: a.source,
            site_article_id: a.siteArticleId,
            title: a.title,
            published: a.published,
            language: a.language,
            byline: a.byline,
            text: a.text,
            doc: JSON.stringify(doc),
            ingested_at: now,
          };
          const result = await tx
            .insertInto('articles')
            .values(values)
            .onConflict((c) => (options.replace ? c.column('id').doUpdateSet(values) : c.column('id').doNothing()))
            .executeTakeFirst();
          if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) continue;
          stored++;
          if (options.replace) for (const table of ['events', 'actors', 'mentions'] as const) await tx.deleteFrom(table).where('article_id', '=', a.id).execute();
          const rows = layerRows(doc);
          // In slices, to stay under the engine's limit on bound values per statement.
          for (const table of ['events', 'actors', 'mentions'] as const) {
            for (let i = 0; i < rows[table].length; i += ROWS_PER_INSERT) await tx.insertInto(table).values(rows[table].slice(i, i + ROWS_PER_INSERT)).execute();
          }
        }
        return { stored, duplicates: docs.length - stored };
      });
    },

    async hasArticle(id) {
      return (await db.selectFrom('articles').select('seq').where('id', '=', id).executeTakeFirst()) !== undefined;
    },

    async getDoc(id) {
      const row = await db.selectFrom('articles').select('doc').where('id', '=', id).executeTakeFirst();
      return row ? Doc.parse(JSON.parse(row.doc)) : null;
    },

    async listArticles(options = {}) {
      const limit = limitOf(options.limit);
      // Newest first; articles without a date last. `seq` breaks ties and keeps the order stable.
      const sortKey = sql<string>`coalesce(published, '')`;
      let query = db.selectFrom('articles').select([...summaryColumns, 'seq', sortKey.as('sort_key')]);
      if (options.cursor) {
        const [key, seq] = decodeCursor(options.cursor, isListCursor);
        query = query.where((eb) => eb.or([eb(sortKey, '<', key), eb.and([eb(sortKey, '=', key), eb('seq', '<', seq)])]));
      }
      const rows = await query.orderBy(sortKey, 'desc').orderBy('seq', 'desc').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map(({ seq: _seq, sort_key: _key, ...summary }) => summary as ArticleSummary);
      const last = rows[limit - 1];
      return { items, next: rows.length > limit && last ? encodeCursor([last.sort_key, last.seq]) : null };
    },

    async search(query, options = {}) {
      const match = ftsQuery(query);
      if (!match) throw new CursorError(`Search query "${query}" has no words to look for`);
      const limit = limitOf(options.limit);
      const offset = options.cursor ? decodeCursor(options.cursor, isOffset) : 0;
      const rows = await db
        .selectFrom(sql<{ rowid: number }>`articles_fts`.as('articles_fts'))
        .innerJoin('articles', 'articles.seq', 'articles_fts.rowid')
        .select([
          ...summaryColumns.map((c) => (typeof c === 'string' ? (`articles.${c}` as const) : c)),
          sql<string>`snippet(articles_fts, 1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24)`.as('marked'),
        ])
        .where(sql<boolean>`articles_fts MATCH ${match}`)
        .orderBy(sql`bm25(articles_fts, 5.0, 1.0)`)
        .limit(limit + 1)
        .offset(offset)
        .execute();
      const items: SearchHit[] = rows.slice(0, limit).map(({ marked, ...summary }) => ({ ...(summary as ArticleSummary), ...unmark(marked) }));
      return { items, next: rows.length > limit ? encodeCursor(offset + limit) : null } satisfies Page<SearchHit>;
    },

    async countArticles() {
      const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async events(filter, options = {}) {
      return queryEvents(db, filter, limitOf(options.limit), options.cursor);
    },

    async dyadSeries(a, b, options) {
      return querySeries(db, a, b, options.interval, options.filter ?? {});
    },

    async topDyads(options = {}) {
      return queryTopDyads(db, limitOf(options.limit));
    },

    async actors(options = {}) {
      return queryActors(db, { ...options, limit: limitOf(options.limit) });
    },

    async actor(id) {
      return queryActor(db, id);
    },

    async actorLinks(options = {}) {
      return queryActorLinks(db, { actor: options.actor, limit: Math.min(Math.max(1, options.limit ?? 100), 1000) });
    },

    async close() {
      await db.destroy();
    },
  };
}
