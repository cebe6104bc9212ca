import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('external_id', 'text')
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('site_article_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('language', 'text')
    .addColumn('byline', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_published').on('articles').columns(['published', 'id']).execute();
  await db.schema.createIndex('articles_source').on('articles').column('source').execute();
  await db.schema.createIndex('articles_url').on('articles').column('url').execute();
  // Full-text index over title and text, kept in step with the table by triggers.
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`.execute(db);
}
