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
    if (t.upos !== 'ADJ' && t.upos !== 'PROPN' && t.upos !== 'NOUN') continue;
    const form = text.slice(t.start, t.end);
    if (/^\p{Lu}/u.test(form) && !gazetteer.lookup(form).length) vote(gazetteer.countryOfAdjective(form));
  }
  for (const m of doc.mentions) if (m.type === 'NORP') vote(gazetteer.countryOfAdjective(m.text));
  for (const a of doc.actors) if (a.type !== 'country') vote(a.country);
  return { countries };
}
