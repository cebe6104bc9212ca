import type { Generated } from 'kysely';

/** The tables as Kysely sees them; the same names and columns in every engine. */
export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  actors: ActorsTable;
  mentions: MentionsTable;
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

/** One row per event of a document; the columns are what the API filters on, `event` the whole event as JSON. */
export interface EventsTable {
  seq: Generated<number>;
  article_id: string;
  event_id: string;
  source_code: string;
  source_actor: string | null;
  source_country: string | null;
  target_code: string;
  target_actor: string | null;
  target_country: string | null;
  cameo: string;
  cameo_root: string;
  quad_class: number;
  plover_type: string | null;
  goldstein: number;
  /** First day of the event's date (`2020-01` → `2020-01-01`), for ranges and series. */
  event_day: string;
  published_day: string | null;
  place_country: string | null;
  /** 1 when the evidence lies in the first paragraph (GDELT's IsRootEvent). */
  in_lead: number;
  event: string;
}

export interface ActorsTable {
  article_id: string;
  actor_id: string;
  name: string;
  type: string;
  country: string | null;
  agent: string | null;
  role: string | null;
  code: string;
  published_day: string | null;
}

export interface MentionsTable {
  article_id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  actor_id: string | null;
}
