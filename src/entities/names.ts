import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';
import { countryAtToken, countryOfWord } from './context.js';
import { GAZ_GPE, GAZ_ORG, GAZ_PER, keyOfTokens, opensName, tokenKey } from './gazetteer.js';
import type { TagSpan } from './iob.js';
import { appositiveRole, isRoleWord, isTitleAt, peelRole, precedingAppositiveRole, roleMeaning } from './peel.js';

/**
 * Named mentions from the recogniser's spans (token indices into doc.tokens): role words peeled off people,
 * places that are countries or capitals typed GPE, nationality words NORP.
 */
export function namedMentions(view: TokenView, res: EntityResources, spans: readonly TagSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const found of joinedFirstNames(view, spans)) {
    const span = trimmed(view, found);
    if (!span) continue;
    const key = keyOfTokens(view.lower.slice(span.start, span.end));
    if (span.end - span.start === 1 && countryOfWord(res, view.words[span.start]!)?.how === 'adjective') {
      if (!inIdentity(view, res, span.start)) out.push(nationality(span.start, res, view));
      continue;
    }
    const types = res.gazetteer.typesOf(key);
    if (types & GAZ_GPE && !(types & (GAZ_PER | GAZ_ORG))) {
      out.push(place(span.start, span.end, countryOfWord(res, view.text(span.start, span.end))?.country.iso3 ?? null));
      continue;
    }
    if (span.type === 'PER' || span.type === 'ORG') {
      let peeled = peelRole(view, res, span.start, span.end, span.type === 'ORG', span.type === 'PER');
      if (peeled.role) out.push(...roleParts(view, res, peeled.role.start, peeled.role.end));
      // "Mohamud Ahmed Nur, Somalia's ambassador to Kenya,": a person's role may follow the name, or open the
      // sentence before it ("A spokeswoman for the Kremlin, Maria Zakharova, said").
      const apposed = span.type === 'PER' && !peeled.role ? (appositiveRole(view, res, span.end) ?? precedingAppositiveRole(view, res, span.start, span.end)) : null;
      if (apposed) {
        const meaning = roleMeaning(view, res, apposed.start, apposed.end);
        peeled = { ...peeled, role: { start: apposed.start, end: apposed.end }, ...meaning };
        out.push({ start: apposed.title.start, end: apposed.title.end, type: 'ROLE', role: null, ...meaning, personal: true, named: false, head: apposed.title.end - 1 });
      }
      // What is left is no name when it is all title and role words ("The Senate [Minority Leader], Chuck Schumer"),
      // or an organisation's a single title word; an organisation may be named before a title ("NATO chief").
      const left = span.end - peeled.nameStart;
      if (left > 0 && !(span.type === 'PER' ? onlyRoleWords(view, res, peeled.nameStart, span.end) : left === 1 && res.titles.has(view.lower[peeled.nameStart]!))) {
        out.push({
          start: peeled.nameStart,
          end: span.end,
          type: span.type,
          role: peeled.role,
          country: peeled.country,
          agent: peeled.agent,
          personal: false,
          named: true,
          head: span.end - 1,
          ...(peeled.whole ? { whole: true } : {}),
        });
      }
      continue;
    }
    out.push({ start: span.start, end: span.end, type: 'LOC', role: null, country: null, agent: null, personal: false, named: true, head: span.end - 1 });
  }
  // A nationality the recogniser found alone may come again as part of the role before a name ("U.S. army chief").
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.start}:${c.end}:${c.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether [start, end) holds only title and role words and is a role: it ends in a title or comes right before one
 * ("[Minority Leader], Chuck Schumer", "Senate [Majority] Leader Mitch McConnell").
 */
function onlyRoleWords(view: TokenView, res: EntityResources, start: number, end: number): boolean {
  if (!isTitleAt(view, res, end - 1) && !isTitleAt(view, res, end)) return false;
  for (let i = start; i < end; i++) if (!isTitleAt(view, res, i) && !isRoleWord(view, res, i)) return false;
  return true;
}

/**
 * Two one-word person's names next to each other, in the same sentence with nothing between, are one name: the
 * decoder sometimes closes a name early ("Police said [Hunter] [Biden] was"), and the first word would then be read
 * as a role before the second. Not a word before a longer name ("[Countryman] [Lawrence Cherono]").
 */
function joinedFirstNames(view: TokenView, spans: readonly TagSpan[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const next = spans[k + 1];
    if (span.type === 'PER' && next?.type === 'PER' && span.end - span.start === 1 && next.end - next.start === 1 && next.start === span.end && view.sameSentence(span.start, next.start) && /^\p{Lu}\p{Ll}+$/u.test(view.words[span.start]!)) {
      out.push({ ...span, end: next.end });
      k++;
    } else out.push(span);
  }
  return out;
}

const QUALIFIERS = new Set(['former', 'ex', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'late', 'new', 'current', 'top', 'senior']);

/** The nationality words and the title words of a peeled role, as NORP and ROLE mentions. */
const LINKS_BEFORE_COUNTRY = new Set(['of', 'the', 'for', 'to']);

function roleParts(view: TokenView, res: EntityResources, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  let titleStart = -1;
  for (let i = start; i <= end; i++) {
    const isCountry = i < end && countryOfWord(res, view.words[i]!) !== null;
    const isTitle = i < end && !isCountry && !/^(his|her|their|its|our|my|your|['’]s?)$/.test(view.lower[i]!);
    if (isTitle && titleStart < 0) titleStart = i;
    if (!isTitle && titleStart >= 0) {
      // "former" in "former Syrian president" qualifies the office after the nationality; alone it is none.
      // A preposition or article before the country ends no title: "President [of] France".
      let last = i;
      while (last > titleStart + 1 && LINKS_BEFORE_COUNTRY.has(view.lower[last - 1]!)) last--;
      if (!view.lower.slice(titleStart, last).every((w) => QUALIFIERS.has(w))) {
        const meaning = roleMeaning(view, res, start, end);
        out.push({ start: titleStart, end: last, type: 'ROLE', role: null, ...meaning, personal: true, named: false, head: last - 1 });
      }
      titleStart = -1;
    }
    if (isCountry) out.push(nationalityOrPlace(i, res, view));
  }
  return out;
}

function nationalityOrPlace(i: number, res: EntityResources, view: TokenView): Candidate {
  const c = countryOfWord(res, view.words[i]!)!;
  return c.how === 'adjective' ? nationality(i, res, view) : place(i, i + 1, c.country.iso3);
}

function nationality(i: number, res: EntityResources, view: TokenView): Candidate {
  const country = countryOfWord(res, view.words[i]!)?.country.iso3 ?? null;
  return { start: i, end: i + 1, type: 'NORP', role: null, country, agent: null, personal: false, named: false, head: i };
}

function place(start: number, end: number, country: string | null): Candidate {
  return { start, end, type: 'GPE', role: null, country, agent: null, personal: false, named: true, head: end - 1 };
}

/**
 * Countries, capitals, nationality words and organisations the recogniser left out, from the gazetteer:
 * capitalised, outside every span found so far.
 */
export function gazetteerMentions(view: TokenView, res: EntityResources, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const keys = view.words.map(tokenKey);
  const caps = view.words.map(opensName);
  for (const m of res.gazetteer.match(view.words, { keys, capitalised: caps })) {
    if (isTaken(taken, m.start, m.end)) continue;
    if (m.types & GAZ_GPE && !(m.types & (GAZ_PER | GAZ_ORG))) {
      // A common word capitalised as a sentence's first ("Male MPs jeered") is that word, not a place.
      if (m.end - m.start === 1 && countryOfWord(res, view.words[m.start]!) && !countryAtToken(view, res, m.start)) continue;
      out.push(place(m.start, m.end, countryOfWord(res, view.text(m.start, m.end))?.country.iso3 ?? null));
      mark(taken, m.start, m.end);
    } else if (m.types === GAZ_ORG && (m.end - m.start > 1 || view.words[m.start]!.includes('-'))) {
      // An organisation the recogniser missed, named in full from a capital ("Islamic State group", "al-Shabaab");
      // single words are too often common ones.
      out.push({ start: m.start, end: m.end, type: 'ORG', role: null, country: null, agent: null, personal: false, named: true, head: m.end - 1 });
      mark(taken, m.start, m.end);
    }
  }
  view.words.forEach((w, i) => {
    if (taken[i]) return;
    const c = countryOfWord(res, w);
    if (c?.how === 'adjective' && !inIdentity(view, res, i)) {
      out.push(nationality(i, res, view));
      taken[i] = 1;
    }
  });
  return out;
}

/** Whether a nationality word is part of the name of a people with the word before or after it ("Native American"). */
export function inIdentity(view: TokenView, res: EntityResources, i: number): boolean {
  const pair = (a: number) => a >= 0 && a + 1 < view.tokens.length && view.sameSentence(a, a + 1) && res.agents.identity(`${view.lower[a]} ${view.lower[a + 1]}`) !== null;
  return pair(i - 1) || pair(i);
}

export function mark(taken: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) taken[i] = 1;
}

export function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** The span without punctuation at its edges; null when nothing is left ("]”."). */
function trimmed(view: TokenView, span: TagSpan): TagSpan | null {
  let { start, end } = span;
  const word = (i: number) => /^[\p{L}\p{N}]/u.test(view.words[i]!);
  while (start < end && !word(start)) start++;
  while (end > start && !/[\p{L}\p{N}.]$/u.test(view.words[end - 1]!)) end--;
  if (start === end || view.words.slice(start, end).some((w) => /^[“”"«»]$/.test(w))) return null;
  // In edited news a name has a capital or a digit somewhere; without one the span is a misreading.
  if (!view.words.slice(start, end).some((w) => /[\p{Lu}\p{N}]/u.test(w))) return null;
  // An article alone is no name ("[The] [Hague]-based court", the decoder starting a name it then gave another type).
  if (end - start === 1 && /^(?:the|a|an)$/i.test(view.words[start]!)) return null;
  return { start, end, type: span.type };
}
