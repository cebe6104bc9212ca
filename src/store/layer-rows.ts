import type { Insertable } from 'kysely';
import type { Actor, Doc, Event } from '../model/index.js';
import { countryOfCode } from './countries.js';
import type { ActorsTable, EventsTable, MentionsTable } from './schema.js';

export interface LayerRows {
  events: Array<Insertable<EventsTable>>;
  actors: Array<Insertable<ActorsTable>>;
  mentions: Array<Insertable<MentionsTable>>;
}

/** The first day a date value names: `2020-01` → `2020-01-01`, `2017` → `2017-01-01`; null when it names no calendar day. */
export function firstDay(value: string | null): string | null {
  const match = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

function sideCountry(side: Event['source'], actors: Map<string, Actor>): string | null {
  const actor = side.actorId ? actors.get(side.actorId) : undefined;
  return actor?.country ?? countryOfCode(side.code);
}

/** The rows of the events, actors and mentions tables for one document. */
export function layerRows(doc: Doc): LayerRows {
  const articleId = doc.article.id;
  const publishedDay = firstDay(doc.article.published);
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const leadEnd = doc.article.paragraphs[0]?.end ?? 0;
  const seen = new Set<string>();
  // A stage that repeats an id must not make the whole batch fail: the first one wins.
  const events = doc.events
    .filter((e) => !seen.has(e.id) && seen.add(e.id))
    .map((e) => ({
      article_id: articleId,
      event_id: e.id,
      source_code: e.source.code,
      source_actor: e.source.actorId,
      source_country: sideCountry(e.source, actors),
      target_code: e.target.code,
      target_actor: e.target.actorId,
      target_country: sideCountry(e.target, actors),
      cameo: e.cameo,
      cameo_root: e.cameoRoot,
      quad_class: e.quadClass,
      plover_type: e.plover.type,
      goldstein: e.goldstein,
      event_day: firstDay(e.date.value) ?? publishedDay ?? '0000-01-01',
      published_day: publishedDay,
      place_country: e.place?.country ?? null,
      in_lead: e.evidence.start < leadEnd ? 1 : 0,
      event: JSON.stringify(e),
    }));
  return {
    events,
    actors: [...actors.values()].map((a) => ({
      article_id: articleId,
      actor_id: a.id,
      name: a.name,
      type: a.type,
      country: a.country,
      agent: a.agent,
      role: a.role,
      code: a.code,
      published_day: publishedDay,
    })),
    mentions: doc.mentions.map((m) => ({ article_id: articleId, start: m.start, end: m.end, text: m.text, type: m.type, actor_id: m.actorId })),
  };
}
