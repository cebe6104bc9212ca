import type { Candidate } from './candidate.js';

// Words that give a time that is not when something happened: "now" is the writing, not an event.
const NOT_EVENT = /^(?:(?:by|until|till|for|from)\s+)?(?:now|right now|currently|these days|nowadays|at present|at the moment|at the minute|at the present time)$/i;

/**
 * "publication" for the stamp of the article itself when the text still
 * carries it (a date with its year, or a time of day, equal to the published
 * time, in the opening lines); "other" for lengths of time; "event" otherwise.
 */
export function roleOf(c: Candidate, text: string, published: string | null): 'publication' | 'event' | 'other' {
  const written = text.slice(c.start, c.end);
  // Durations, and times that name no stretch of the calendar ("summer" with no year).
  if (c.duration || NOT_EVENT.test(written) || (!c.range && !/\d/.test(c.value))) return 'other';
  if (published && c.start < 300 && /\d{4}/.test(written) && (c.granularity === 'day' || c.granularity === 'minute' || c.granularity === 'second')) {
    if (published.startsWith(c.value)) return 'publication';
  }
  return 'event';
}
