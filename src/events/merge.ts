import type { Event } from '../model/index.js';

const sideKey = (s: Event['source']) => s.actorId ?? (s.code || s.text.toLowerCase());

/**
 * An undated act of force takes the stated date (and place) of another act of
 * force between the same two actors in the article: "the US assassination
 * early last year of … Soleimani" and "Soleimani … was martyred in a US drone
 * strike" are one episode. Only material conflict (QuadClass 4) is linked, and
 * only when both sides are resolved actors.
 */
export function linkEpisodes(events: Event[]): Event[] {
  const dated = events.filter((e) => e.quadClass === 4 && e.date.from === 'time' && e.source.actorId && e.target.actorId);
  return events.map((e) => {
    if (e.quadClass !== 4 || !e.source.actorId || !e.target.actorId) return e;
    const other = dated.find((d) => d !== e && d.source.actorId === e.source.actorId && d.target.actorId === e.target.actorId);
    if (!other) return e;
    return { ...e, date: e.date.from === 'publication' ? other.date : e.date, place: e.place ?? other.place };
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
