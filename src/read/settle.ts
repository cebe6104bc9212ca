import type { Hints } from '../model/index.js';
import { cleanParagraph } from './clean.js';
import { leadingDateline } from './dateline.js';
import type { Extracted } from './extracted.js';
import { dropFurniture } from './furniture.js';
import { classifyHeaderLine, looksLikeTitle, sameText } from './header.js';
import { detectLanguage } from './language.js';
import { normaliseTimestamp } from './timestamp.js';

export interface Settled extends Extracted {
  dateline?: string;
}

// How far into a story to look for header lines (counter, headline, dateline, id, byline).
const HEADER_LINES = 8;

function take(extracted: Settled, field: 'title' | 'published' | 'siteArticleId' | 'byline' | 'source', value: string, from: string): void {
  if (extracted[field]) return;
  extracted[field] = value;
  extracted.from[field] = from;
}

/**
 * Sorts the header lines above a story into metadata (a headline, a printed
 * date, the site's id, a byline), takes a leading source tag off the first
 * paragraph, and drops page furniture. Caller hints win over what the page says.
 */
export function settle(input: Extracted, hints: Hints): Settled {
  const out: Settled = { ...input, from: { ...input.from } };
  for (const field of ['title', 'published', 'source', 'url'] as const) {
    const hint = field === 'published' && hints.published ? normaliseTimestamp(hints.published) : hints[field];
    if (hint) {
      out[field] = hint;
      out.from[field] = 'hint';
      if (field === 'published') out.publishedText = hints.published;
    }
  }
  if (!out.language) {
    const detected = detectLanguage(input.paragraphs.join(' '));
    if (detected) {
      out.language = detected;
      out.from.language = 'detected';
    }
  }
  const knownTitle = out.title;
  const paragraphs = [...input.paragraphs];
  let start = 0;
  for (; start < Math.min(paragraphs.length - 1, HEADER_LINES); start++) {
    const line = paragraphs[start]!;
    const header = classifyHeaderLine(line, out.language ?? null);
    if (header?.kind === 'siteId') take(out, 'siteArticleId', header.id, 'header line');
    else if (header?.kind === 'date') {
      if (!out.published) out.publishedText = line;
      take(out, 'published', header.value, 'dateline');
    }
    else if (header?.kind === 'byline') take(out, 'byline', header.byline, 'byline line');
    else if (header?.kind === 'counter') continue;
    else if (knownTitle && sameText(line, knownTitle)) continue;
    else if (!out.title && start === firstContent(paragraphs) && looksLikeTitle(line)) take(out, 'title', line, 'first line');
    else break;
  }
  const body = dropFurniture(paragraphs.slice(start).filter((p) => !classifyHeaderLine(p) || p.length > 80));
  // The dateline opens the story's first paragraph, after any labels a page leaves above it ("Filed under", "Health").
  const lead = body.findIndex((p, i) => i < 3 && p.split(/\s+/).length >= 8);
  const first = lead >= 0 ? leadingDateline(body[lead]!) : null;
  if (first) {
    body[lead] = cleanParagraph(body[lead]!.slice(first.length));
    out.dateline = first.text;
    if (first.source) take(out, 'source', first.source, 'dateline tag');
  }
  out.paragraphs = body.filter(Boolean);
  return out;
}

/** Index of the first line that is not a counter or other header line. */
function firstContent(paragraphs: string[]): number {
  const index = paragraphs.findIndex((p) => !classifyHeaderLine(p));
  return index < 0 ? 0 : index;
}
