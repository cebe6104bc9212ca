import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { decodeCursor, encodeCursor, type ActorDetail, type ActorLink, type ActorSummary, type Page } from './store.js';

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function actorSummaries(db: Kysely<Database>) {
  // The latest article's name, type, country and code stand for the actor:
  // SQLite takes bare columns from the row that gives max().
  return db
    .selectFrom('actors')
    .select([
      'actor_id as id',
      sql<string>`max(coalesce(published_day, ''))`.as('latest'),
      'name',
      'type',
      'country',
      'code',
      sql<number>`count(distinct article_id)`.as('articles'),
      sql<number>`(select count(*) from events where source_actor = actors.actor_id or target_actor = actors.actor_id)`.as('events'),
    ])
    .groupBy('actor_id');
}

export async function queryActors(db: Kysely<Database>, options: { q?: string; country?: string; limit: number; cursor?: string | null }): Promise<Page<ActorSummary>> {
  const offset = options.cursor ? decodeCursor(options.cursor, isOffset) : 0;
  let query = actorSummaries(db);
  if (options.q) {
    const like = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([sql<boolean>`name like ${like} escape '\\'`, eb('code', '=', options.q!.toUpperCase()), eb('actor_id', '=', options.q!)]));
  }
  if (options.country) query = query.where('country', '=', options.country);
  const rows = await query.orderBy('events', 'desc').orderBy('articles', 'desc').orderBy('actor_id').limit(options.limit + 1).offset(offset).execute();
  const items = rows.slice(0, options.limit).map(({ latest: _latest, ...r }) => ({ ...r, articles: Number(r.articles), events: Number(r.events) }));
  return { items, next: rows.length > options.limit ? encodeCursor(offset + options.limit) : null };
}

export async function queryActor(db: Kysely<Database>, id: string): Promise<ActorDetail | null> {
  const summary = await actorSummaries(db).where('actor_id', '=', id).executeTakeFirst();
  if (!summary) return null;
  const roles = await db
    .selectFrom('actors')
    .select(['role', 'agent', 'code', sql<string | null>`min(published_day)`.as('from'), sql<string | null>`max(published_day)`.as('to'), sql<number>`count(distinct article_id)`.as('articles')])
    .where('actor_id', '=', id)
    .groupBy(['role', 'agent', 'code'])
    .orderBy('from')
    .execute();
  const { latest: _latest, ...actor } = summary;
  return { ...actor, articles: Number(summary.articles), events: Number(summary.events), roles: roles.map((r) => ({ ...r, articles: Number(r.articles) })) };
}

export async function queryActorLinks(db: Kysely<Database>, options: { actor?: string; limit: number }): Promise<ActorLink[]> {
  // Sides without a resolved actor are linked by their code, so that the network shows them too.
  const source = sql<string>`coalesce(source_actor, source_code)`;
  const target = sql<string>`coalesce(target_actor, target_code)`;
  let query = db
    .selectFrom('events')
    .select([
      source.as('source'),
      target.as('target'),
      sql<string>`coalesce((select name from actors where actor_id = ${source} limit 1), ${source})`.as('sourceName'),
      sql<string>`coalesce((select name from actors where actor_id = ${target} limit 1), ${target})`.as('targetName'),
      sql<number>`count(*)`.as('events'),
      sql<number>`avg(goldstein)`.as('goldstein'),
    ])
    .where(sql<boolean>`${source} <> ${target}`);
  if (options.actor) query = query.where((eb) => eb.or([eb(source, '=', options.actor!), eb(target, '=', options.actor!)]));
  const rows = await query.groupBy([source, target]).orderBy('events', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({ ...r, events: Number(r.events), goldstein: Math.round(Number(r.goldstein) * 100) / 100 }));
}
