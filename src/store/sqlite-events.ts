import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Event } from '../model/index.js';
import { ftsQuery } from './fts-query.js';
import type { Database } from './schema.js';
import { CursorError, decodeCursor, encodeCursor, type EventFilter, type Interval, type Page, type SeriesPoint, type StoredEvent } from './store.js';

type Eb = ExpressionBuilder<Database, 'events'>;
type Column = 'source_code' | 'target_code' | 'cameo';

// Prefix matches as ranges, so that the column's index serves them.
const startsWith = (eb: Eb, column: Column, prefix: string) => eb.and([eb(column, '>=', prefix), eb(column, '<', `${prefix}\uffff`)]);

function side(eb: Eb, code: Column, actor: 'source_actor' | 'target_actor', value: string) {
  return eb.or([startsWith(eb, code, value), eb(actor, '=', value)]);
}

/** The WHERE clause of an event filter. */
export function eventWhere(eb: Eb, filter: EventFilter): Expression<SqlBool> {
  const and: Array<Expression<SqlBool>> = [];
  if (filter.article) and.push(eb('events.article_id', '=', filter.article));
  if (filter.actor) and.push(eb.or([eb('source_actor', '=', filter.actor), eb('target_actor', '=', filter.actor)]));
  if (filter.source) and.push(side(eb, 'source_code', 'source_actor', filter.source));
  if (filter.target) and.push(side(eb, 'target_code', 'target_actor', filter.target));
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    and.push(
      eb.or([
        eb.and([eb('source_country', '=', a), eb('target_country', '=', b)]),
        eb.and([eb('source_country', '=', b), eb('target_country', '=', a)]),
      ]),
    );
  }
  if (filter.country) and.push(eb.or([eb('source_country', '=', filter.country), eb('target_country', '=', filter.country)]));
  if (filter.code) and.push(startsWith(eb, 'cameo', filter.code));
  if (filter.root) and.push(eb('cameo_root', '=', filter.root));
  if (filter.quadClass?.length) and.push(eb('quad_class', 'in', filter.quadClass));
  if (filter.ploverType) and.push(eb('plover_type', '=', filter.ploverType));
  if (filter.from) and.push(eb('event_day', '>=', filter.from));
  if (filter.to) and.push(eb('event_day', '<=', filter.to));
  if (filter.publishedFrom) and.push(eb('published_day', '>=', filter.publishedFrom));
  if (filter.publishedTo) and.push(eb('published_day', '<=', filter.publishedTo));
  if (filter.q !== undefined) {
    const match = ftsQuery(filter.q);
    if (!match) throw new CursorError(`Text query "${filter.q}" has no words to look for`);
    and.push(
      eb(
        'events.article_id',
        'in',
        eb.selectFrom(sql<{ rowid: number }>`articles_fts`.as('articles_fts')).innerJoin('articles', 'articles.seq', 'articles_fts.rowid').select('articles.id').where(sql<boolean>`articles_fts MATCH ${match}`),
      ),
    );
  }
  return eb.and(and);
}

type EventCursor = [string, number];
const isEventCursor = (v: unknown): v is EventCursor => Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number';

/** Events, latest event date first; the cursor is the last (day, seq) seen. */
export async function queryEvents(db: Kysely<Database>, filter: EventFilter, limit: number, cursor: string | null | undefined): Promise<Page<StoredEvent>> {
  let query = db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .select(['events.seq', 'events.event', 'events.event_day', 'events.in_lead', 'events.source_country', 'events.target_country', 'events.article_id', 'articles.published', 'articles.title', 'articles.url', 'articles.ingested_at'])
    .where((eb) => eventWhere(eb, filter));
  if (cursor) {
    const [day, seq] = decodeCursor(cursor, isEventCursor);
    query = query.where((eb) => eb.or([eb('event_day', '<', day), eb.and([eb('event_day', '=', day), eb('events.seq', '<', seq)])]));
  }
  const rows = await query.orderBy('event_day', 'desc').orderBy('events.seq', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => ({
    ...(JSON.parse(r.event) as Event),
    articleId: r.article_id,
    published: r.published,
    title: r.title,
    url: r.url,
    seq: r.seq,
    inLead: r.in_lead === 1,
    sourceCountry: r.source_country,
    targetCountry: r.target_country,
    ingestedAt: r.ingested_at,
  }));
  const last = rows[limit - 1];
  return { items, next: rows.length > limit && last ? encodeCursor([last.event_day, last.seq]) : null };
}

// Weeks start on Monday: step back six days, then forward to the next Monday.
const PERIOD: Record<Interval, ReturnType<typeof sql<string>>> = {
  day: sql<string>`event_day`,
  week: sql<string>`date(event_day, '-6 days', 'weekday 1')`,
  month: sql<string>`substr(event_day, 1, 7) || '-01'`,
};

export async function querySeries(db: Kysely<Database>, a: string, b: string, interval: Interval, filter: EventFilter): Promise<SeriesPoint[]> {
  const period = PERIOD[interval];
  const quad = (n: number) => sql<number>`sum(case when quad_class = ${n} then 1 else 0 end)`;
  const rows = await db
    .selectFrom('events')
    .select([
      period.as('period'),
      quad(1).as('q1'),
      quad(2).as('q2'),
      quad(3).as('q3'),
      quad(4).as('q4'),
      sql<number>`count(*)`.as('events'),
      sql<number>`avg(goldstein)`.as('goldstein'),
      sql<number>`count(distinct article_id)`.as('articles'),
    ])
    .where((eb) => eventWhere(eb, { ...filter, dyad: [a, b] }))
    .groupBy(period)
    .orderBy(period)
    .execute();
  return rows.map((r) => ({
    period: r.period,
    quadClass: [r.q1, r.q2, r.q3, r.q4].map(Number) as SeriesPoint['quadClass'],
    events: Number(r.events),
    goldstein: Math.round(Number(r.goldstein) * 100) / 100,
    articles: Number(r.articles),
  }));
}

export async function queryTopDyads(db: Kysely<Database>, limit: number): Promise<Array<{ a: string; b: string; events: number }>> {
  const a = sql<string>`min(source_country, target_country)`;
  const b = sql<string>`max(source_country, target_country)`;
  const rows = await db
    .selectFrom('events')
    .select([a.as('a'), b.as('b'), sql<number>`count(*)`.as('events')])
    .where('source_country', 'is not', null)
    .where('target_country', 'is not', null)
    .whereRef('source_country', '<>', 'target_country')
    .groupBy([a, b])
    .orderBy('events', 'desc')
    .orderBy('a')
    .orderBy('b')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, events: Number(r.events) }));
}
