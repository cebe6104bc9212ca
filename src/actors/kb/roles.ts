import type { ActorEntry, Role } from './schema.js';

/** First day covered by a date of any precision: 2021 -> 2021-01-01. */
export function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day covered by a date of any precision: 2021 -> 2021-12-31. */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

export interface RolesAtOptions {
  /** Also return open roles that the source confirms only up to an earlier date (default false). */
  unconfirmed?: boolean;
}

/** Whether `role` is held on `day` (YYYY-MM-DD); "confirmed" also requires the source to vouch for that day. */
export function holds(role: Role, day: string, options: RolesAtOptions = {}): boolean {
  if (role.from && startOf(role.from) > day) return false;
  if (role.to) return endOf(role.to) >= day;
  return options.unconfirmed || !role.asOf || endOf(role.asOf) >= day;
}

/** The roles `actor` holds on `date`, best first: hand-checked before converted, then the most recent start. */
export function rolesAt(actor: ActorEntry, date: string | Date, options: RolesAtOptions = {}): Role[] {
  const day = toDay(date);
  return actor.roles.filter((r) => holds(r, day, options)).sort(byPreference);
}

export type Basis = 'current' | 'at-death' | 'presumed' | 'former' | 'none';

export interface StandingOptions {
  /**
   * How long after its source's as-of date an open role is still presumed held, in days (default 730).
   * Hand-written roles confirmed to 2025 still count in 2026; roles from 2015 dictionaries do not in 2021.
   */
  graceDays?: number;
}

const DAY_MS = 86_400_000;

/** What an actor is on a date: the role it holds, or held when it died, or that it is a former office holder. */
export interface Standing {
  basis: Basis;
  role: Role | null;
  code: string | null;
  agent: string | null;
  country: string | null;
}

/** Whether a standing is an office held (or presumed held) at its date, not a past one. */
export function inOffice(standing: Standing | null): boolean {
  return standing !== null && (standing.basis === 'current' || standing.basis === 'presumed') && standing.agent !== 'ELI';
}

/**
 * The actor's standing at `date`. The dead keep the role they died in (a commander killed in 2020 is still
 * spoken of as that commander); an open role a little past its source's date is presumed still held; the living
 * who have left office are former officials (CAMEO ELI).
 */
export function standingAt(actor: ActorEntry, date: string | Date, options: StandingOptions = {}): Standing {
  const day = toDay(date);
  const current = rolesAt(actor, day)[0];
  if (current) return fromRole('current', current, actor);
  if (actor.died && startOf(actor.died) <= day) {
    // A role that ended before death counts when it ended within a year of it (sources date the end of some offices
    // by the year alone); Ronald Reagan, president until 1989, died in 2004 a former president.
    const last = lastRole(actor, endOf(actor.died));
    const recent = last && (!last.to || Date.parse(startOf(actor.died)) - Date.parse(endOf(last.to)) <= 366 * DAY_MS) ? last : undefined;
    const atDeath = rolesAt(actor, endOf(actor.died), { unconfirmed: true })[0] ?? recent;
    if (atDeath) return fromRole('at-death', atDeath, actor);
  }
  const grace = (options.graceDays ?? 730) * DAY_MS;
  const presumed = rolesAt(actor, day, { unconfirmed: true }).find((r) => r.asOf && Date.parse(day) - Date.parse(endOf(r.asOf)) <= grace);
  if (presumed) return fromRole('presumed', presumed, actor);
  const past = lastRole(actor, day);
  if (past && actor.type === 'person') {
    const country = past.country === undefined ? actor.country : past.country;
    return { basis: 'former', role: null, code: country ? `${country}ELI` : actor.code, agent: 'ELI', country };
  }
  return { basis: 'none', role: null, code: actor.code, agent: actor.agent, country: actor.country };
}

function fromRole(basis: Basis, role: Role, actor: ActorEntry): Standing {
  return { basis, role, code: role.code, agent: role.agent, country: role.country === undefined ? actor.country : role.country };
}

function lastRole(actor: ActorEntry, day: string): Role | undefined {
  return actor.roles
    .filter((r) => r.agent !== 'ELI' && (!r.from || startOf(r.from) <= day))
    .sort((a, b) => (b.to ?? b.from ?? '').localeCompare(a.to ?? a.from ?? ''))[0];
}

function byPreference(a: Role, b: Role): number {
  const hand = Number(isConverted(a)) - Number(isConverted(b));
  if (hand) return hand;
  const eli = Number(a.agent === 'ELI') - Number(b.agent === 'ELI');
  if (eli) return eli;
  // A head of state or government who also holds a ministry is coded by the higher office (Netanyahu, prime
  // minister, was also defence minister in 2019).
  const head = Number(!HEAD_OFFICE.test(a.role ?? '')) - Number(!HEAD_OFFICE.test(b.role ?? ''));
  if (head) return head;
  return (b.from ?? '').localeCompare(a.from ?? '');
}

const HEAD_OFFICE = /^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Amir|Sultan|Supreme Leader|Head of State|Head of Government)$/i;

function isConverted(role: Role): boolean {
  return /^(Phoenix|CountryInfo)/.test(role.source ?? '');
}

export function toDay(date: string | Date): string {
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  return startOf(date.slice(0, 10));
}
