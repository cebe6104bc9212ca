import { wordCount } from './clean.js';

// Page furniture that ends up among a story's paragraphs: tag lists, share
// links, "Related News" lists, comment prompts and copyright lines.
const FURNITURE_LINE =
  /^(?:tags?|keywords|topics|share(?: this(?: article| story)?)?|follow us(?: on)?|read more|see also|related(?: news| articles| stories| posts| content| topics)?|more on this(?: story)?|comments?|leave a (?:comment|reply)|advertisement|sponsored)\b\s*:?/i;
const FURNITURE_ANYWHERE = /all rights reserved|be the first to comment|no comments yet|^©|^copyright\b/i;
// Headings after which a page lists other stories or comments, never more of this one.
const TRAILER_HEADING =
  /^(?:related(?: news| articles| stories| posts| content)?|more (?:news|stories|from)\b.*|comments?|most (?:read|popular|viewed)|recommended(?: for you)?|you may also like|latest news|trending)\s*:?$/i;

export function isFurniture(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  return FURNITURE_LINE.test(paragraph) || FURNITURE_ANYWHERE.test(paragraph);
}

function isShortLine(paragraph: string): boolean {
  return wordCount(paragraph) <= 14 && !/[.!?]["”’]?$/.test(paragraph);
}

/**
 * Drops furniture paragraphs, and everything after a trailer heading such as
 * "Related News" when what follows it is only headings and short lines.
 */
export function dropFurniture(paragraphs: string[]): string[] {
  const trailer = paragraphs.findIndex(
    (p, i) => TRAILER_HEADING.test(p) && paragraphs.slice(i + 1).every((q) => isShortLine(q) || isFurniture(q)),
  );
  const kept = trailer >= 0 ? paragraphs.slice(0, trailer) : paragraphs;
  return kept.filter((p) => !isFurniture(p));
}
