import type { Doc } from '../model/index.js';
import type { PlaceCandidate } from './candidates.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlaceContext } from './resolve.js';

/**
 * The countries a document points at: countries it names, towns that exist in one country only, nationality
 * words ("Iraqi"), and the countries of its resolved actors.
 */
export function documentContext(doc: Readonly<Doc>, candidates: readonly PlaceCandidate[], gazetteer: Gazetteer): PlaceContext {
  const countries = new Map<string, number>();
  const vote = (iso3: string | null) => {
    if (iso3) countries.set(iso3, (countries.get(iso3) ?? 0) + 1);
  };
  for (const c of candidates) {
    const named = c.entries.find((e) => e.kind === 'country' && e.via !== 'alias');
    if (named) vote(named.country);
    else if (new Set(c.entries.map((e) => e.country)).size === 1) vote(c.entries[0]!.country);
  }
  const text = doc.article.text;
  for (const t of doc.tokens) {
    if (t.upos !== 'ADJ' && t.upos !== 'PROPN') continue;
    const first = text.charCodeAt(t.start);
    if (first < 65 || first > 90) continue;
    const form = text.slice(t.start, t.end);
    const country = gazetteer.countryOfAdjective(form);
    if (country && !gazetteer.lookup(form).length) vote(country);
  }
  for (const m of doc.mentions) if (m.type === 'NORP') vote(gazetteer.countryOfAdjective(m.text));
  for (const a of doc.actors) if (a.type !== 'country') vote(a.country);
  return { countries };
}
