import type { MetadataOrigin } from '../model/index.js';

/** What a reader took from one input, before the story's header lines and furniture are sorted out. */
export interface Extracted {
  paragraphs: string[];
  title?: string;
  published?: string;
  /** The publication time as the input printed it ("Feb 6, 2021, 1:47 PM"). */
  publishedText?: string;
  source?: string;
  siteArticleId?: string;
  byline?: string;
  language?: string;
  url?: string;
  from: MetadataOrigin;
}
