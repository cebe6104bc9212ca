import { z } from 'zod';
import { Span } from './span.js';

/** Where a metadata field was read from, e.g. `og:title`, `json-ld`, `dateline`, `hint`. */
export const MetadataOrigin = z.object({
  title: z.string().optional(),
  published: z.string().optional(),
  source: z.string().optional(),
  siteArticleId: z.string().optional(),
  byline: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
});
export type MetadataOrigin = z.infer<typeof MetadataOrigin>;

export const Article = z.object({
  /** Stable content hash of `text`: the same story read from HTML or text gets the same id. */
  id: z.string(),
  /** The caller's id for the input (a JSON Lines `id`), when there was one. */
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication name, e.g. EghtesadOnline. */
  source: z.string().nullable(),
  siteArticleId: z.string().nullable(),
  title: z.string(),
  /** ISO 8601: with offset when known, local time without offset otherwise, a bare date when only the day is known. */
  published: z.string().nullable(),
  /** The publication time as the input printed it, e.g. `Feb 6, 2021, 1:47 PM` (not in `text`). */
  publishedText: z.string().nullable().optional(),
  /** BCP 47 tag, e.g. `en`. */
  language: z.string().nullable(),
  byline: z.string().nullable(),
  /** A leading place or source tag taken off the body, e.g. `TEHRAN (Reuters)` or `EghtesadOnline`. */
  dateline: z.string().nullable(),
  /** The article body only, paragraphs joined by a blank line. */
  text: z.string(),
  paragraphs: z.array(Span),
  metadataFrom: MetadataOrigin,
});
export type Article = z.infer<typeof Article>;
