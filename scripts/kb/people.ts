// People (and national institutions) from CountryInfo and the Phoenix dictionaries, merged by name within a country.
import type { ActorEntry, Role } from '../../src/actors/kb/schema.js';
import { parseCode } from '../../src/actors/kb/codes.js';
import { mergeActor } from '../../src/actors/kb/merge.js';
import { nameKey, slug } from '../../src/actors/kb/normalise.js';
import type { CountryInfoCountry } from './countryinfo.js';

const COUNTRYINFO = 'CountryInfo.120116.txt';
// <Leaders> is current to the file's date; <Government> (CIA World Leaders) to February 2011, as its header says.
const LEADERS_AS_OF = '2012-01-16';
const GOVERNMENT_AS_OF = '2011-02-28';

export function countryInfoPeople(info: CountryInfoCountry[], iso3ByCameo: Map<string, string>, codes: ReadonlySet<string>, taken: Set<string>): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const country of info) {
    const iso3 = iso3ByCameo.get(country.cameo) ?? country.iso3;
    const byName = new Map<string, ActorEntry>();
    for (const person of country.people) {
      const roles: Role[] = person.roles.map((r) => {
        const code = r.code ?? `${country.cameo}GOV`;
        const parts = parseCode(code, codes);
        return {
          role: r.title,
          country: parts.country ? (iso3ByCameo.get(parts.country) ?? parts.country) : iso3,
          agent: parts.agent,
          code,
          from: r.from,
          to: r.to,
          asOf: r.open ? (person.block === 'leaders' ? LEADERS_AS_OF : GOVERNMENT_AS_OF) : null,
          source: COUNTRYINFO,
        };
      });
      const entry: ActorEntry = {
        kind: 'actor',
        id: '',
        name: person.names[0]!,
        aliases: person.names.slice(1),
        type: 'person',
        country: iso3,
        code: null,
        agent: null,
        born: person.born,
        died: person.died,
        roles,
        source: COUNTRYINFO,
      };
      const key = nameKey(entry.name);
      const seen = byName.get(key) ?? person.names.map((n) => byName.get(nameKey(n))).find(Boolean);
      if (seen) Object.assign(seen, mergeActor(seen, entry));
      else {
        byName.set(key, entry);
        out.push(entry);
      }
    }
  }
  for (const entry of out) entry.id = uniqueId(entry, taken);
  return out;
}

/** Adds converted dictionary actors to `base`; one already there gets the new names and roles. */
export function mergeInto(base: ActorEntry[], extra: ActorEntry[]): ActorEntry[] {
  const index = new Map<string, ActorEntry[]>();
  const add = (a: ActorEntry) => {
    for (const n of [a.name, ...a.aliases]) {
      const k = `${a.country}|${nameKey(n)}`;
      const list = index.get(k) ?? [];
      list.push(a);
      index.set(k, list);
    }
  };
  base.forEach(add);
  const out = [...base];
  for (const entry of extra) {
    // A person with a name already known in the same country is that person; any other actor listed twice
    // under the same name and code (UN_ [IGOUNO] appears several times) is one actor.
    const same = (a: ActorEntry) => (entry.type === 'person' ? a.type === 'person' : a.type === entry.type && a.code === entry.code);
    const target = [entry.name, ...entry.aliases].map((n) => index.get(`${entry.country}|${nameKey(n)}`)?.find(same)).find(Boolean);
    if (target) {
      const merged = mergeActor(target, entry);
      Object.assign(target, merged);
      add(target);
    } else {
      out.push(entry);
      add(entry);
    }
  }
  return out;
}

function uniqueId(entry: ActorEntry, taken: Set<string>): string {
  const base = slug(entry.name) || 'actor';
  let id = base;
  if (taken.has(id) && entry.country) id = `${base}-${entry.country.toLowerCase()}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
