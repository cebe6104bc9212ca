import { z } from 'zod';

// The shapes of data/ontology/*.json. scripts/build-ontology.ts writes them; load.ts reads them.

/** A CAMEO event code: two digits (root), three or four. */
export const CameoCode = z.string().regex(/^(0[1-9]|1[0-9]|20)(\d{1,2})?$/, 'Expected a CAMEO event code like 04, 043 or 1823');

export const QuadClass = z.number().int().min(1).max(4);

export const CameoEntry = z.object({
  code: CameoCode,
  root: CameoCode,
  parent: CameoCode.nullable(),
  name: z.string(),
  /** What the code covers, from the ICEWS table (null where it has none). */
  description: z.string().nullable(),
  /** Usage notes: when to use this code and when another. */
  usage: z.string().nullable(),
  goldstein: z.number().min(-10).max(10),
  /** Where the Goldstein score comes from: the ICEWS table, or the parent code when the table lacks the code. */
  goldsteinFrom: z.enum(['icews', 'parent']),
  quadClass: QuadClass,
  /** The table the entry comes from. */
  source: z.enum(['icews', 'py-gdelt', 'dyad']),
});
export type CameoEntry = z.infer<typeof CameoEntry>;

export const CameoFile = z.object({
  about: z.string(),
  quadClasses: z.array(z.object({ quadClass: QuadClass, name: z.string(), roots: z.array(CameoCode) })),
  codes: z.array(CameoEntry),
});
export type CameoFile = z.infer<typeof CameoFile>;

export const PloverMode = z.object({
  name: z.string(),
  definition: z.string(),
  /** The PLOVER score of this type and mode (PLOVER manual), when given. */
  score: z.number().nullable(),
  /** Where the mode is defined: the PLOVER manual, the NGEC codebook, or both. */
  sources: z.array(z.enum(['plover', 'ngec'])),
});
export type PloverMode = z.infer<typeof PloverMode>;

export const PloverType = z.object({
  name: z.string(),
  definition: z.string(),
  quadClass: QuadClass,
  requiresRecipient: z.boolean(),
  score: z.number(),
  modes: z.array(PloverMode),
});
export type PloverType = z.infer<typeof PloverType>;

export const PloverFile = z.object({
  about: z.string(),
  types: z.array(PloverType),
  contexts: z.array(z.object({ name: z.string(), definition: z.string() })),
  auxiliaryModes: z.array(z.object({ name: z.string(), definition: z.string() })),
});
export type PloverFile = z.infer<typeof PloverFile>;

/** How a CAMEO code got its PLOVER equivalent. */
export const MappingHow = z.enum([
  'table', // the line of CAMEO2PLOVER-2021.txt as it stands
  'table-corrected', // that line with a correction (see note)
  'appeal-as-request', // CAMEO 02x, which the table drops, mapped like its 10x counterpart
  'parent', // not in the table: its parent code's mapping
  'dyad', // not in the table: set by hand from the PLOVER mode definitions (see note)
  'dropped', // CAMEO 01x: PLOVER has no statement category
]);

export const MappingEntry = z.object({
  cameo: CameoCode,
  type: z.string().nullable(),
  mode: z.string().nullable(),
  contexts: z.array(z.string()),
  how: MappingHow,
  note: z.string().nullable(),
});
export type MappingEntry = z.infer<typeof MappingEntry>;

export const MappingFile = z.object({
  about: z.string(),
  mappings: z.array(MappingEntry),
});
export type MappingFile = z.infer<typeof MappingFile>;
