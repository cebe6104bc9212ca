import type { ActorEntry, CountryEntry, Role } from './schema.js';
import { nameKey } from './normalise.js';
import { endOf, startOf } from './roles.js';

/**
 * Adds what `update` says to `target` (the same actor): its name becomes the main one (the others stay as aliases,
 * except those it removes), its roles are added (or replace the old ones) and the fields it fills in override.
 */
export function mergeActor(target: ActorEntry, update: ActorEntry): ActorEntry {
  const removed = new Set((update.removeNames ?? []).map(nameKey));
  const kept = [target.name, ...target.aliases].filter((n) => !removed.has(nameKey(n)));
  const names = uniqueNames([update.name, ...update.aliases, ...kept]);
  const roles = update.replaceRoles ? update.roles : uniqueRoles([...target.roles, ...update.roles]);
  return {
    ...target,
    name: update.name,
    aliases: names.filter((n) => nameKey(n) !== nameKey(update.name)),
    type: update.type,
    country: update.country ?? target.country,
    code: update.code ?? target.code,
    agent: update.agent ?? target.agent,
    born: update.born ?? target.born,
    died: diedBefore(update.died ?? target.died, roles),
    roles,
    source: target.source === update.source ? target.source : `${target.source}; ${update.source}`,
  };
}

/**
 * The death date, unless a role begins on or after its last possible day (a death in "1979" allows a role from April): then one of the sources was wrong, and the role, written for
 * a living office holder, wins (CountryInfo has Denis Sassou Nguesso "dying" the day he returned to power).
 */
function diedBefore(died: string | null, roles: readonly Role[]): string | null {
  return died && roles.some((r) => r.from !== null && startOf(r.from) >= endOf(died)) ? null : died;
}

export function mergeCountry(target: CountryEntry, update: CountryEntry): CountryEntry {
  return {
    ...target,
    ...Object.fromEntries(Object.entries(update).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))),
    aliases: uniqueNames([...target.aliases, ...update.aliases]),
    adjectives: uniqueNames([...target.adjectives, ...update.adjectives]),
    capital: uniqueNames([...target.capital, ...update.capital]),
    source: target.source === update.source ? target.source : `${target.source}; ${update.source}`,
  } as CountryEntry;
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Drops repeated roles. Two roles with the same code that start or end on the same day are one role told twice
 * (CountryInfo and the Phoenix file made from it): the one that says more is kept, completed by the other.
 */
export function uniqueRoles(roles: Role[]): Role[] {
  const out: Role[] = [];
  for (const role of roles) {
    const i = out.findIndex((r) => r.code === role.code && ((r.from && r.from === role.from) || (r.to && r.to === role.to)));
    if (i < 0) {
      out.push(role);
      continue;
    }
    const seen = out[i]!;
    const [keep, other] = weight(role) > weight(seen) ? [role, seen] : [seen, role];
    out[i] = { ...keep, from: keep.from ?? other.from, to: keep.to ?? other.to, asOf: keep.to ?? other.to ? null : keep.asOf };
  }
  return out;
}

function weight(role: Role): number {
  return (role.role ? 2 : 0) + (role.to ? 1 : 0) + (/^(Phoenix|CountryInfo)/.test(role.source ?? '') ? 0 : 4);
}
