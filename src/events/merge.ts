import type { Event } from '../model/index.js';

const sideKey = (s: Event['source']) => s.actorId ?? (s.code || s.text.toLowerCase());

/**
 * Acts of force between the same two actors in an article are one episode:
 * "the US assassination early last year of … Soleimani" and "Soleimani … was
 * martyred in a US drone strike during a visit to Baghdad". An undated mention
 * takes the stated date of another, and a mention without a place the place of
 * another. Only material conflict (QuadClass 4) is linked, and only when both
 * sides are resolved actors.
 */
export function linkEpisodes(events: Event[]): Event[] {
  const linked = (a: Event, b: Event) => a !== b && a.quadClass === 4 && b.quadClass === 4 && !!a.source.actorId && !!a.target.actorId && a.source.actorId === b.source.actorId && a.target.actorId === b.target.actorId;
  return events.map((e) => {
    const others = events.filter((o) => linked(e, o));
    if (!others.length) return e;
    // The date from a mention that states one (still a stated date, so `from` stays 'time'); the place from a
    // mention of the same day or of no stated day: "attacked Hamas in Rafah on Monday" lends nothing to Tuesday.
    const dated = e.date.from === 'publication' ? others.find((o) => o.date.from === 'time') : undefined;
    const date = dated ? dated.date : e.date;
    const sameDay = (o: Event) => o.date.from === 'publication' || date.from === 'publication' || o.date.value === date.value;
    return { ...e, date, place: e.place ?? others.find((o) => o.place && sameDay(o))?.place ?? null };
  });
}

/** Events with the same source, target, code and date are one event stated several times; the first keeps its evidence. */
export function mergeDuplicates(events: Event[]): Event[] {
  const byKey = new Map<string, Event>();
  for (const e of events) {
    const key = `${sideKey(e.source)}|${sideKey(e.target)}|${e.cameo}|${e.date.value}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e });
    else {
      seen.mentions += e.mentions;
      seen.confidence = Math.max(seen.confidence, e.confidence);
      seen.place ??= e.place;
    }
  }
  return [...byKey.values()];
}
