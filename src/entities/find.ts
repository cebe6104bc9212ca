import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';
import { countryOfWord } from './context.js';
import { genericMentions } from './generic.js';
import type { TagSpan } from './iob.js';
import { GAZ_GPE, GAZ_LOC, GAZ_ORG, GAZ_PER, GAZ_PLACE, isNameLink, keyOfTokens, opensName, tokenKey, type GazetteerMatch } from './gazetteer.js';
import { gazetteerMentions, isTaken, mark, namedMentions } from './names.js';
import { appositiveRole, precedingAppositiveRole } from './peel.js';
import { websiteMentions } from './websites.js';

/** Every mention candidate of a document in text order: names and websites, then places and nationalities, then generic actors. */
export function findCandidates(view: TokenView, res: EntityResources, spans: readonly TagSpan[]): Candidate[] {
  const taken = new Uint8Array(view.tokens.length);
  // A website acting as a source is a news medium, whatever the recogniser made of it; other websites are left to it.
  const websites = websiteMentions(view, res, taken);
  for (const c of websites) mark(taken, c.start, c.end);
  // "Kurds", "Sunnis" are groups, whatever the recogniser took them for: the generic pass names them.
  const open = spans.filter((s) => (s.end - s.start > 2 || !res.agents.identity(view.lower.slice(s.start, s.end).join(' '))) && !isTaken(taken, s.start, s.end));
  const described = open.filter((s) => isDescription(view, res, s));
  const groups = open.filter((s) => !described.includes(s));
  const named = namedMentions(view, res, wholeNames(view, res, withApposedNames(view, res, groups)));
  const isPlace = (c: Candidate) => c.type === 'GPE' || c.type === 'LOC' || c.type === 'NORP';
  for (const c of named) {
    if (isPlace(c)) continue;
    mark(taken, c.start, c.end);
    if (c.role) mark(taken, c.role.start, c.role.end);
  }
  // Generic actors may contain places and nationality words ("the Iraqi Parliament", "US-led"), not names or roles.
  const names = taken.slice();
  for (const c of named) if (isPlace(c)) mark(taken, c.start, c.end);
  const gazetteer = gazetteerMentions(view, res, taken);
  for (const c of gazetteer) if (c.type === 'ORG') mark(names, c.start, c.end);
  // A place's own words head no generic actor ("the United States" is not "States" with modifiers).
  const places = new Uint8Array(view.tokens.length);
  for (const c of [...named, ...gazetteer]) if (isPlace(c)) mark(places, c.start, c.end);
  const generic = genericMentions(view, res, names, places);
  const found = [...named, ...websites, ...gazetteer, ...generic].filter((c) => !isCurrencyPrefix(view, c));
  // A description the generic pass did not take stays a name ("Cornell University's Emerging Markets Institute").
  const unclaimed = described.filter((s) => !found.some((c) => c.start < s.end && s.start < c.end));
  if (unclaimed.length) found.push(...namedMentions(view, res, unclaimed));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "US" of "US$100 million", "HK" of "HK $5 billion": a country's letters written before a dollar sign and an amount. */
function isCurrencyPrefix(view: TokenView, c: Candidate): boolean {
  return c.end === c.start + 1 && /^\p{Lu}{1,3}$/u.test(view.words[c.start]!) && view.words[c.end] === '$' && /^\p{N}/u.test(view.words[c.end + 1] ?? '');
}

/**
 * An organisation's name the knowledge base does not know, headed by an agent word or phrase, is a description ("China's
 * Foreign Ministry", "the Haitian National Police", "Egypt's Ministry of State for Antiquities") unless a place other
 * than a country follows its "of" or "for" ("University of South Carolina", "District Court for Northern District
 * of California"), whose country the generic pass cannot tell: descriptions are left to that pass, which gives them
 * the agent of their head and the country of their words or context.
 */
function isDescription(view: TokenView, res: EntityResources, span: TagSpan): boolean {
  if (span.type !== 'ORG' || res.kb.findActors(view.text(span.start, span.end), { asWritten: true }).length) return false;
  const of = view.lower.slice(span.start, span.end).findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const head = (of < 0 ? span.end : span.start + of) - 1;
  // The agent word may be a phrase ("legislative council", "fire brigade").
  const agent = [0, 1, 2].some((n) => head - n >= span.start && res.agents.agent(view.lower.slice(head - n, head + 1).join(' ')) !== null);
  if (!agent) return false;
  for (let k = head + 2; of >= 0 && k < span.end; k++) {
    for (let end = k + 1; end <= Math.min(k + 3, span.end); end++) {
      const types = res.gazetteer.typesOf(keyOfTokens(view.words.slice(k, end)));
      if (types & (GAZ_PLACE | GAZ_LOC) && !countryOfWord(res, view.text(k, end))) return false;
    }
  }
  return true;
}

/**
 * A run of two to four capitalised words that the recogniser left out is a person's name when a role in apposition
 * frames it: "Ned Price, a spokesman for the State Department," or "A spokeswoman for the Kremlin, Maria Ivanova,".
 */
function withApposedNames(view: TokenView, res: EntityResources, spans: readonly TagSpan[]): TagSpan[] {
  const covered = new Uint8Array(view.tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  // The tagger may take a capitalised name for a noun or a verb ("Ned Price" as VBN NN) where no context helps it.
  const isName = (i: number) => !covered[i] && NAME_TAGS.has(view.tokens[i]!.upos) && /^\p{Lu}\p{Ll}/u.test(view.words[i]!) && !res.titles.has(view.lower[i]!);
  const found: TagSpan[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (!isName(i) || (i > 0 && isName(i - 1) && view.sameSentence(i - 1, i))) continue;
    let end = i + 1;
    while (end < view.tokens.length && isName(end) && view.sameSentence(i, end)) end++;
    if (end - i < 2 || end - i > 4) continue;
    if (appositiveRole(view, res, end) || precedingAppositiveRole(view, res, i, end)) found.push({ start: i, end, type: 'PER' });
  }
  return found.length ? [...spans, ...found].sort((a, b) => a.start - b.start) : [...spans];
}

const NAME_TAGS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ']);

/**
 * Names of the knowledge base the recogniser cut in pieces or cut short, in one pass over the gazetteer's matches:
 * - a person's ("Abu Mahdi" + "al-Muhandis") becomes one PER span;
 * - a place's or organisation's that runs beyond the spans found inside it, the last of them of its kind, over
 *   capitalised and link words and no title, is that whole name: "People's Republic of China" is not the Republic
 *   of China (Taiwan) after a stray "People's", nor "Pacific Gas and Electric" two companies, nor "U.S." the office
 *   "U.S. President".
 */
function wholeNames(view: TokenView, res: EntityResources, spans: readonly TagSpan[]): TagSpan[] {
  const keys = view.words.map(tokenKey);
  const caps = view.words.map(opensName);
  // A hyphen written between two words ("Ching-te") is part of a name.
  const t = view.tokens;
  const joiners = view.words.map((w, i) => w === '-' && i > 0 && i + 1 < t.length && t[i - 1]!.end === t[i]!.start && t[i]!.end === t[i + 1]!.start);
  const out: TagSpan[] = [];
  let k = 0;
  for (const m of res.gazetteer.match(view.words, { keys, capitalised: caps, joiners })) {
    while (k < spans.length && spans[k]!.end <= m.start) out.push(spans[k++]!);
    let j = k;
    while (j < spans.length && spans[j]!.start >= m.start && spans[j]!.end <= m.end) j++;
    const inside = spans.slice(k, j);
    const whole = m.types & GAZ_PER ? wholePerson(inside) : wholePlaceOrOrganisation(view, res, m, inside, spans[j]);
    if (!whole) continue;
    out.push({ start: m.start, end: m.end, type: whole });
    k = j;
  }
  while (k < spans.length) out.push(spans[k++]!);
  return out;
}

function wholePerson(inside: readonly TagSpan[]): 'PER' | null {
  return inside.length >= 2 || (inside.length === 1 && inside[0]!.type === 'PER') ? 'PER' : null;
}

function wholePlaceOrOrganisation(view: TokenView, res: EntityResources, m: GazetteerMatch, inside: readonly TagSpan[], next: TagSpan | undefined): TagSpan['type'] | null {
  if (!(m.types & (GAZ_ORG | GAZ_LOC | GAZ_GPE)) || !inside.length || (next && next.start < m.end)) return null;
  if (inside.length === 1 && inside[0]!.end - inside[0]!.start === m.end - m.start) return null;
  if (!view.sameSentence(m.start, m.end - 1)) return null;
  for (let i = m.start; i < m.end; i++) {
    if (!/^\p{Lu}/u.test(view.words[i]!) && !isNameLink(view.lower[i]!)) return null;
    if (res.titles.has(view.lower[i]!) && !inside.some((sp) => sp.start <= i && i < sp.end)) return null;
  }
  // Of the kind of the last span inside, which holds the name's head ("Republic of China"), or of the first when the
  // name goes on with "in" a place ("[Organization for Security and Co-operation] in [Europe]"; not "[U.S.
  // Secretary] of [State]", a title).
  const known = (type: TagSpan['type']) => (m.types & (type === 'ORG' ? GAZ_ORG : type === 'LOC' ? GAZ_LOC | GAZ_GPE : 0)) !== 0;
  const first = inside[0]!;
  // Only a name of one actor: "Al-Qaeda in Iraq" is an alias of three, so its "Al-Qaeda" stays al-Qaeda.
  const runsOn = view.lower[first.end] === 'in' && res.kb.findActors(view.text(m.start, m.end), { asWritten: true }).length === 1;
  const kinds = runsOn ? [inside.at(-1)!.type, first.type] : [inside.at(-1)!.type];
  return kinds.find(known) ?? null;
}
