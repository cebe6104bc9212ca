import { z } from 'zod';
import type { EventFilter } from '../store/index.js';

// The event filters as text parameters (HTTP query and `dyad export` options), checked and turned into an EventFilter.

const country = z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter country code such as IRN');
const actorRef = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

// A range bound names a whole year, month or day: "from" is its first day, "to" its last.
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

const shape = {
    actor: actorRef.optional().describe('An actor id on either side'),
    source: actorRef.optional().describe('Source actor code, or its start (IRN matches IRNGOV), or actor id'),
    target: actorRef.optional().describe('Target actor code, or its start, or actor id'),
    dyad: z
      .string()
      .regex(/^[A-Z]{3},[A-Z]{3}$/, 'Expected two country codes separated by a comma, as in IRN,IRQ')
      .optional()
      .describe('Two countries: every event between them, in either direction (IRN,IRQ)'),
    country: country.optional().describe('A country on either side'),
    code: z.string().regex(/^\d{2,4}$/, 'Expected a CAMEO event code of 2 to 4 digits such as 043').optional().describe('CAMEO event code, or its start'),
    root: z.string().regex(/^(0[1-9]|1\d|20)$/, 'Expected a CAMEO root code from 01 to 20').optional().describe('CAMEO root code (01–20)'),
    quadClass: z
      .string()
      .regex(/^[1-4](,[1-4])*$/, 'Expected QuadClasses 1 to 4, comma-separated, such as 3,4')
      .optional()
      .describe('QuadClass(es): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
    plover: z.string().regex(/^[A-Z_]{2,30}$/, 'Expected a PLOVER event type in capitals such as CONSULT').optional().describe('PLOVER event type'),
    from: date.optional().describe('Events on or after this date'),
    to: date.optional().describe('Events on or before this date (a month or year means its end)'),
    publishedFrom: date.optional().describe('Articles published on or after this date'),
    publishedTo: date.optional().describe('Articles published on or before this date'),
    q: z.string().trim().min(1).max(500).optional().describe('Words of the article, as in /api/search'),
    article: z.string().min(1).max(64).optional().describe('Only the events of this article'),
};

/** The event filter parameters, with `extra` parameters of the route beside them. */
export function eventQuery<T extends z.ZodRawShape>(extra: T) {
  return z.object({ ...shape, ...extra });
}

/** A parameter that is well-formed alone but not with the others. */
export class ParameterError extends Error {
  override name = 'ParameterError';
}

export type EventQuery = z.infer<z.ZodObject<typeof shape>>;

/** The store's filter for checked parameters; throws a ParameterError when a range ends before it starts. */
export function eventFilter(p: EventQuery): EventFilter {
  if (p.from && p.to && firstDay(p.from) > lastDay(p.to)) throw new ParameterError(`Invalid query: from: ${p.from} is after to (${p.to})`);
  if (p.publishedFrom && p.publishedTo && firstDay(p.publishedFrom) > lastDay(p.publishedTo)) {
    throw new ParameterError(`Invalid query: publishedFrom: ${p.publishedFrom} is after publishedTo (${p.publishedTo})`);
  }
  return {
    actor: p.actor,
    source: p.source,
    target: p.target,
    dyad: p.dyad ? (p.dyad.split(',') as [string, string]) : undefined,
    country: p.country,
    code: p.code,
    root: p.root,
    quadClass: p.quadClass?.split(',').map(Number),
    ploverType: p.plover,
    from: p.from && firstDay(p.from),
    to: p.to && lastDay(p.to),
    publishedFrom: p.publishedFrom && firstDay(p.publishedFrom),
    publishedTo: p.publishedTo && lastDay(p.publishedTo),
    q: p.q,
    article: p.article,
  };
}
