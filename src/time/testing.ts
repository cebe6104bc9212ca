import { extractTimes } from './extract.js';

/** The reference time of the time tests: a Saturday afternoon, the seed article's publication time. */
export const PUBLISHED = '2021-02-06T13:47:00';

/** The times found in a text published at PUBLISHED. */
export function timesIn(text: string) {
  return extractTimes(text, PUBLISHED);
}
