import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../../test/support/docs.js';
import { createSqliteStore } from '../sqlite.js';
import * as articles from './001-articles.js';

describe('migration 002', () => {
  it('fills the event, actor and mention tables from documents stored before it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-migrate-')), 'old.db');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    await new Migrator({ db, provider: { getMigrations: async () => ({ '001-articles': articles }) } }).migrateToLatest();
    const doc = seedDoc();
    const a = doc.article;
    await db
      .insertInto('articles')
      .values({ id: a.id, external_id: null, url: null, source: a.source, site_article_id: null, title: a.title, published: a.published, language: a.language, byline: null, text: a.text, doc: JSON.stringify(doc), ingested_at: '2021-02-07T00:00:00Z' })
      .execute();
    await db.destroy();

    const store = createSqliteStore(path);
    await store.migrate();
    expect((await store.events({ article: a.id })).items.map((e) => e.id)).toEqual(['e2', 'e1', 'e3']);
    expect((await store.actor('hassan-rouhani'))?.roles[0]?.role).toBe('President of Iran');
    await store.close();
  });
});
