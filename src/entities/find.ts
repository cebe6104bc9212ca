import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';
import { genericMentions } from './generic.js';
import type { TagSpan } from './iob.js';
import { gazetteerMentions, mark, namedMentions } from './names.js';

/** Every mention candidate of a document in text order: names, then places and nationalities, then generic actors. */
export function findCandidates(view: TokenView, res: EntityResources, spans: readonly TagSpan[]): Candidate[] {
  const taken = new Uint8Array(view.tokens.length);
  const named = namedMentions(view, res, spans);
  const isPlace = (c: Candidate) => c.type === 'GPE' || c.type === 'LOC' || c.type === 'NORP';
  for (const c of named) {
    if (isPlace(c)) continue;
    mark(taken, c.start, c.end);
    if (c.role) mark(taken, c.role.start, c.role.end);
  }
  // Generic actors may contain places and nationality words ("the Iraqi Parliament", "US-led"), not names or roles.
  const names = taken.slice();
  for (const c of named) if (isPlace(c)) mark(taken, c.start, c.end);
  const places = gazetteerMentions(view, res, taken);
  const generic = genericMentions(view, res, names);
  return [...named, ...places, ...generic].sort((a, b) => a.start - b.start || b.end - a.end);
}
