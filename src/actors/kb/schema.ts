import { z } from 'zod';

// The knowledge base is JSON Lines: one entry per line, each with a `kind`.
// The same format is used for the committed data (data/kb/) and for users' own files.

/** A calendar date, as precise as it is known: 2021, 2021-08 or 2021-08-03. */
export const KbDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected a date like 2021-08-03, 2021-08 or 2021');
export type KbDate = z.infer<typeof KbDate>;

const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code like IRQ');
const Agent = z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter CAMEO agent code like GOV');
/** A CAMEO actor code: three-letter segments, e.g. IRNGOV, IGOUNOKID. */
const Code = z.string().regex(/^(?:[A-Z0-9]{3})+$/, 'Expected a CAMEO code made of three-letter parts, like IRNGOV');
/** Where an entry came from: a source file, or for hand-written entries a reference a reader can check. */
const Source = z.string().min(1, 'Every entry needs a source');

export const Role = z.object({
  /** What the office is called, e.g. "Foreign Minister"; null when the source only gives a code. */
  role: z.string().nullable().default(null),
  /** Absent: the actor's country; null: none (a post in an international organisation). */
  country: Iso3.nullable().optional(),
  /** Defaults to the agent part of the code (IRNGOV -> GOV). */
  agent: Agent.nullable().default(null),
  code: Code,
  /** First day in office; null when unknown (the role holds from the beginning). */
  from: KbDate.nullable().default(null),
  /** Last day in office (inclusive); null when open. */
  to: KbDate.nullable().default(null),
  /** For an open role (to = null): the date up to which the source confirms it. Past it the role is unconfirmed. */
  asOf: KbDate.nullable().default(null),
  /** Defaults to the actor's (first) source. */
  source: Source.optional(),
});
export type Role = z.infer<typeof Role>;

export const ActorType = z.enum([
  'person',
  'country',
  'igo',
  'ngo',
  'group',
  'party',
  'institution',
  'media',
  'company',
  'organisation',
]);
export type ActorType = z.infer<typeof ActorType>;

export const ActorEntry = z.object({
  kind: z.literal('actor'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected an id of lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: ActorType,
  country: Iso3.nullable().default(null),
  /** The code that applies when no dated role does (e.g. IGOUNO, IRNELI). */
  code: Code.nullable().default(null),
  agent: Agent.nullable().default(null),
  born: KbDate.nullable().default(null),
  died: KbDate.nullable().default(null),
  roles: z.array(Role).default([]),
  /** In an update file: these roles replace those of the entry it updates instead of adding to them. */
  replaceRoles: z.boolean().optional(),
  /** In an update file: names (the main name or aliases, compared as name keys) taken away from the entry it updates. */
  removeNames: z.array(z.string().min(1)).optional(),
  source: Source,
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const CountryEntry = z.object({
  kind: z.literal('country'),
  iso3: Iso3,
  iso2: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  /** The CAMEO country code (the ISO code, except for a few CAMEO-specific codes). */
  cameo: Code,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Adjectives and demonyms: "Iraqi", "Iraqis". */
  adjectives: z.array(z.string().min(1)).default([]),
  capital: z.array(z.string().min(1)).default([]),
  unMember: z.boolean().default(false),
  /** Not a sovereign state: a dependency or other territory, with the country it belongs to when there is one. */
  territoryOf: Iso3.nullable().default(null),
  source: Source,
});
export type CountryEntry = z.infer<typeof CountryEntry>;

export const AgentEntry = z.object({
  kind: z.literal('agent'),
  /** The word or phrase as it appears in text, e.g. "foreign minister". */
  word: z.string().min(1),
  /** The agent code, e.g. GOV, or a longer code such as GOVFRM whose first part is the agent. */
  code: Code,
  /** True for codes written before the country (NGO~): the agent makes the actor transnational. */
  prefix: z.boolean().default(false),
  source: Source,
});
export type AgentEntry = z.infer<typeof AgentEntry>;

export const KbEntry = z.discriminatedUnion('kind', [ActorEntry, CountryEntry, AgentEntry]);
export type KbEntry = z.infer<typeof KbEntry>;
