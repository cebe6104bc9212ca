import type { Generated } from 'kysely';

/** The tables as Kysely sees them; the same names and columns in every engine. */
export interface Database {
  articles: ArticlesTable;
}

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  external_id: string | null;
  url: string | null;
  source: string | null;
  site_article_id: string | null;
  title: string;
  published: string | null;
  language: string | null;
  byline: string | null;
  text: string;
  /** The whole coded document as JSON (OUTPUT.md). */
  doc: string;
  ingested_at: string;
}
