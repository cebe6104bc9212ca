import { z } from 'zod';
import { Span } from './span.js';

// The layers of OUTPUT.md. Each is filled by one stage; a layer whose stage
// is not built yet stays an empty array.

export const Sentence = Span;
export type Sentence = z.infer<typeof Sentence>;

export const Token = Span.extend({
  upos: z.string(),
  xpos: z.string(),
  lemma: z.string(),
  /** Index of the head token in `tokens`, or -1 for the root of its sentence. */
  head: z.number().int(),
  rel: z.string(),
  sentence: z.number().int(),
});
export type Token = z.infer<typeof Token>;

export const MentionType = z.enum(['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'ROLE']);
export const Mention = Span.extend({
  text: z.string(),
  type: MentionType,
  actorId: z.string().nullable(),
  chain: z.number().int().nullable(),
  /** Role words peeled off a name, with the nationality: "Iraqi Foreign Minister" of "Iraqi Foreign Minister Fuad Hussein". */
  role: z.string().nullable().optional(),
  /** Index in `tokens` of the mention's head word. */
  head: z.number().int().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  agent: z.string().nullable(),
  role: z.string().nullable(),
  code: z.string(),
});
export type Actor = z.infer<typeof Actor>;

export const TimeExpression = Span.extend({
  text: z.string(),
  value: z.string(),
  granularity: z.string(),
  role: z.enum(['publication', 'event', 'other']),
  /** The stretch of time meant, half-open like spans: "late 2017" is 2017-09-01 to 2018-01-01. Null when open or not a calendar time (durations). */
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable().optional(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Place = Span.extend({
  text: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type Place = z.infer<typeof Place>;

export const Quote = Span.extend({
  text: z.string(),
  direct: z.boolean(),
  speakerActorId: z.string().nullable(),
  speakerText: z.string(),
  cue: z.string().nullable(),
  /** The words of the reporting clause that name the speaker ("he" in "he added"); null when none was found. */
  speaker: Span.nullable().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Amount = Span.extend({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  per: z.string().nullable(),
  about: z.string().nullable(),
});
export type Amount = z.infer<typeof Amount>;

const EventSide = z.object({
  actorId: z.string().nullable(),
  code: z.string(),
  text: z.string(),
});

export const Event = z.object({
  id: z.string(),
  source: EventSide,
  target: EventSide,
  cameo: z.string(),
  cameoRoot: z.string(),
  /** PLOVER type and mode; type is null for CAMEO 01x (public statements), which PLOVER drops. */
  plover: z.object({ type: z.string().nullable(), mode: z.string().nullable() }),
  goldstein: z.number(),
  quadClass: z.number().int().min(1).max(4),
  date: z.object({
    value: z.string(),
    granularity: z.string(),
    from: z.enum(['time', 'publication']),
  }),
  place: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
  negated: z.boolean(),
  modality: z.string(),
  quoteIndex: z.number().int().nullable(),
  evidence: Span.extend({ text: z.string(), sentence: z.number().int() }),
  rule: z.string(),
  confidence: z.number(),
  /** How many times the article states this event (same source, target, code and date). */
  mentions: z.number().int().min(1),
});
export type Event = z.infer<typeof Event>;
