import type { Kysely } from 'kysely';
import { Doc } from '../../model/index.js';
import type { Database } from '../schema.js';
import { layerRows } from '../layer-rows.js';

// Events, actors and mentions in their own indexed tables, beside the
// articles that keep the whole document; filled from the stored documents.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('source_actor', 'text')
    .addColumn('source_country', 'text')
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('target_actor', 'text')
    .addColumn('target_country', 'text')
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('cameo_root', 'text', (c) => c.notNull())
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('plover_type', 'text')
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('event_day', 'text', (c) => c.notNull())
    .addColumn('published_day', 'text')
    .addColumn('place_country', 'text')
    .addColumn('in_lead', 'integer', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addUniqueConstraint('events_article_event', ['article_id', 'event_id'])
    .execute();
  for (const [name, columns] of [
    ['events_day', ['event_day', 'seq']],
    ['events_published', ['published_day']],
    ['events_source', ['source_code']],
    ['events_target', ['target_code']],
    ['events_source_actor', ['source_actor']],
    ['events_target_actor', ['target_actor']],
    ['events_dyad', ['source_country', 'target_country', 'event_day']],
    ['events_target_country', ['target_country']],
    ['events_cameo', ['cameo']],
    ['events_root', ['cameo_root']],
    ['events_quad', ['quad_class']],
    ['events_plover', ['plover_type']],
  ] as const) {
    await db.schema.createIndex(name).on('events').columns([...columns]).execute();
  }

  await db.schema
    .createTable('actors')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('agent', 'text')
    .addColumn('role', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('published_day', 'text')
    .addPrimaryKeyConstraint('actors_pk', ['article_id', 'actor_id'])
    .execute();
  await db.schema.createIndex('actors_actor').on('actors').columns(['actor_id', 'published_day']).execute();
  await db.schema.createIndex('actors_country').on('actors').column('country').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .execute();
  await db.schema.createIndex('mentions_article').on('mentions').column('article_id').execute();
  await db.schema.createIndex('mentions_actor').on('mentions').column('actor_id').execute();

  // Documents stored before this migration get their rows now. (Should the
  // row shape change later, that migration refills the tables itself.)
  const typed = db as unknown as Kysely<Database>;
  const stored = await typed.selectFrom('articles').select('doc').execute();
  for (const { doc } of stored) {
    const rows = layerRows(Doc.parse(JSON.parse(doc)));
    if (rows.events.length) await typed.insertInto('events').values(rows.events).execute();
    if (rows.actors.length) await typed.insertInto('actors').values(rows.actors).execute();
    if (rows.mentions.length) await typed.insertInto('mentions').values(rows.mentions).execute();
  }
}
