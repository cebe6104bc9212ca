import { nameKey, type ActorType } from '../actors/kb/index.js';
import { TIME_NOUNS } from '../nlp/time-words.js';
import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';
import { countryAtToken, countryOfWord } from './context.js';
import { isNameLink } from './gazetteer.js';
import { inIdentity, isTaken, mark } from './names.js';
import { isRoleWord, isTitleAt } from './peel.js';
import { REGION_KINDS } from './place-countries.js';

// Generic actors and descriptions that event data codes without a name: "the Iraqi Parliament", "US-led
// forces", "the new US administration", "police", "protesters", "the president", "the top Iraqi diplomat".
// The head is an agent word; the modifiers before it (up to a determiner) belong to the mention, and a
// nationality or country among them gives its country ("US-led" → USA).

const MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT', 'VERB']);
const MAX_MODIFIERS = 5;

/** Generic actors outside the `taken` tokens, headed by none of the `placeWords` (a place's own words). */
export function genericMentions(view: TokenView, res: EntityResources, taken: Uint8Array, placeWords: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || placeWords[i] || !isNominal(view, i)) continue;
    // A head is the last noun of its phrase: "the Iraqi foreign minister", not "foreign".
    if (i + 1 < tokens.length && view.sameSentence(i, i + 1) && isNominal(view, i + 1) && !taken[i + 1] && !/^\p{Lu}/u.test(view.words[i + 1]!) === !/^\p{Lu}/u.test(view.words[i]!)) continue;
    // Nor a title before the title it qualifies: "The former Deputy Chief Minister", "the deputy foreign minister".
    if (res.titles.has(view.lower[i]!) && view.sameSentence(i, i + 2) && !taken[i + 1] && (isTitleAt(view, res, i + 1) || (isRoleWord(view, res, i + 1) && isTitleAt(view, res, i + 2)))) continue;
    const head = headWords(view, res, i);
    if (!head) {
      const description = countryDescription(view, res, i, taken);
      if (description) {
        out.push(description);
        mark(taken, description.start, description.end);
      }
      continue;
    }
    // A noun before a name is its title or an apposition ("the Iraqi capital Baghdad"), not an actor.
    if (i + 1 < tokens.length && view.sameSentence(i, i + 1) && tokens[i + 1]!.upos === 'PROPN') continue;
    const { agent, start: headStart } = head;
    let start = headStart;
    for (let j = headStart - 1; j >= 0 && headStart - j <= MAX_MODIFIERS && view.sameSentence(j, i) && !taken[j]; j--) {
      const t = tokens[j]!;
      if (!MODIFIERS.has(t.upos) && t.upos && !countryPossessive(view, res, j)) break;
      if (t.upos === 'PUNCT' && view.words[j] !== '-') break;
      // Only a compound verb form modifies a noun here ("US-led", "-backed"); "asked forces" is a clause.
      if (t.upos === 'VERB' && !/-/.test(view.words[j]!) && view.words[j - 1] !== '-') break;
      start = j;
      if (t.upos === 'DET') break;
    }
    // Words the parse puts outside the phrase go, up to a country's name, which the parser often hangs elsewhere
    // ("Afghanistan's Ministry", "The Kenya Interior Ministry") and which gives the actor its country.
    // A country's name of several words is whole, whatever the tagger made of its first ("United" as a verb).
    start = countryNameStart(view, res, start, taken);
    while (start < headStart && !isPhrase(view, start, headStart, i) && !opensCountryName(view, res, start) && !(tokens[start]!.upos === 'DET' && opensCountryName(view, res, start + 1))) start++;
    let country: string | null = null;
    for (let j = headStart - 1; j >= start; j--) if (!joinedToOther(view, j) && !inIdentity(view, res, j)) country ??= countryPossessive(view, res, j) ?? countryNameEndingAt(view, res, j);
    country ??= leadersCountry(view, res, start, headStart);
    if (isTaken(taken, start, i + 1)) continue;
    country ??= countryAfterOf(view, res, i, SPEAK_FOR.has(view.lower[i]!) ? OF_OR_FOR : HOME_AGENTS.has(agent) ? IN_OR_OF : OF, placeWords, taken);
    // A head coordinated with a description of a nation shares its nationality: "the Iraqi nation and government".
    const before = out.at(-1);
    if (!country && before?.type === 'GPE' && before.country && start >= 1 && before.end === start - 1 && view.lower[start - 1] === 'and') country = before.country;
    const personal = res.titles.has(view.lower[i]!) && !view.lower[i]!.endsWith('s');
    out.push({ start, end: i + 1, type: personal ? 'ROLE' : 'ORG', role: null, country, agent: withIdentity(view, res, agent, start, headStart, i), personal, named: false, head: i });
    mark(taken, start, i + 1);
  }
  return out;
}

/** Religions and the tertiary roles coded after the agent (CAMEO manual 3.1.7: "XXXOPPMOSEDU"); ethnic groups go before it. */
const AFTER_AGENT = /^(?:MOS|CHR|JEW|HIN|BUD|SIK|RAD|MOD)/;

/**
 * The agent with the identity of a religious or ethnic group among its modifiers: "Sunni militants" REBMOSSUN,
 * "Kurdish fighters" KURREB, "a Native American woman" NAICVL. Not a head that is an identity itself ("Iraqi Kurds"),
 * nor an identity word that opens a name ("Tamil Nadu police").
 */
function withIdentity(view: TokenView, res: EntityResources, agent: string, start: number, headStart: number, head: number): string {
  if (res.agents.identity(view.lower[headStart]!) === agent) return agent;
  // Up to the head itself: the first word of a two-word agent may be the identity ("Shiite militias", an agent word).
  for (let j = start; j < head; j++) {
    const two = j + 1 < head ? res.agents.identity(`${view.lower[j]} ${view.lower[j + 1]}`) : null;
    const identity = two ?? res.agents.identity(view.lower[j]!);
    // Not a word of a name ("Tamil Nadu police", "Christian Democrat lawmakers", "Christian Aid workers").
    const after = j + (two ? 2 : 1);
    if (identity && !(after < head && /^\p{Lu}/u.test(view.words[after]!))) return AFTER_AGENT.test(identity) ? agent + identity : identity + agent;
  }
  return agent;
}

/**
 * Participles after a hyphen that make the name before it the phrase's own country or leader: "US-led forces",
 * "Iran-backed militias", "London-based group", "state-run media". Other compounds do not: "Spanish-language TV"
 * (in Florida), "America-aligned governments", "Europe-bound migrants", "US-trained troops".
 */
const OWN_COMPOUND = /^(?:led|backed|based|owned|run|controlled|sponsored|funded|supported|operated|affiliated|flagged|registered)$/;

/** Token j is a name joined by a hyphen to a word that does not make it the phrase's country ("Spanish-language"). */
function joinedToOther(view: TokenView, j: number): boolean {
  return view.words[j + 1] === '-' && !OWN_COMPOUND.test(view.lower[j + 2] ?? '');
}

/**
 * "Hamas-led militants", "Taliban-run ministry": the country of the armed group, party or state body named before
 * the hyphen (one country for all the knowledge base's actors of that name), which the recogniser took as a name
 * of its own, outside the phrase.
 */
function leadersCountry(view: TokenView, res: EntityResources, start: number, headStart: number): string | null {
  for (let k = Math.max(1, start - 1); k < headStart; k++) {
    if (view.words[k] !== '-' || !OWN_COMPOUND.test(view.lower[k + 1] ?? '')) continue;
    const country = res.kb.soleCountry(view.words[k - 1]!, LEADING_TYPES);
    if (country) return country;
  }
  return null;
}

const LEADING_TYPES: ReadonlySet<ActorType> = new Set(['group', 'party', 'institution']);

/** "5 p.m.", "9 pm": a time of day, not the PM (prime minister) of the agent words. */
function isClockTime(view: TokenView, i: number): boolean {
  const w = view.words[i]!;
  return /^[ap]\.m\.?$/i.test(w) || (/^[ap]m$/i.test(w) && i > 0 && view.tokens[i - 1]!.upos === 'NUM');
}

/** "Sudan's government", "Ivory Coast's air force": the country whose possessive ending is token j. */
function countryPossessive(view: TokenView, res: EntityResources, j: number): string | null {
  return view.tokens[j]!.upos === 'PART' && /^['’]s?$/.test(view.words[j]!) && j > 0 ? countryNameEndingAt(view, res, j - 1) : null;
}

/**
 * Whether the words from `start` to the head words (`headStart`..`i`) make one phrase in the parse: each modifier
 * depends on a word of it. Not "then" in "then people said", "the reasons" in "the reasons people voted", "least"
 * (fixed to "at") in "at least 1,991 delegates"; an adjective may hang on the one it is coordinated with, outside
 * ("Iranian and [Iraqi commanders]"). A word with neither head nor root relation is unparsed (test documents).
 */
function isPhrase(view: TokenView, start: number, headStart: number, i: number): boolean {
  // Nor a modifier that a preposition before the phrase depends on: "least" under "At" in "At least 25 people".
  const before = view.tokens[start - 1];
  if (before?.upos === 'ADP' && before.sentence === view.tokens[start]!.sentence && before.head >= start && before.head < headStart) return false;
  for (let k = start; k < headStart; k++) {
    const t = view.tokens[k]!;
    if (t.head < 0 && t.rel !== 'root') continue;
    const inside = t.head >= start && t.head <= i && t.rel !== 'fixed';
    if (!inside && !(t.rel === 'conj' && t.upos === 'ADJ')) return false;
  }
  return true;
}

/**
 * The agent of a head noun, with the word before it when the two make one phrase ("foreign minister"); else the
 * identity code of a religious or ethnic group, which stands where an agent would ("Sunnis", "Islamic
 * fundamentalists"). Null when the noun is neither.
 */
function headWords(view: TokenView, res: EntityResources, i: number): { agent: string; start: number } | null {
  if (isClockTime(view, i) || isCondition(view, i)) return null;
  // Two words make an agent phrase ("riot police"), also joined by a hyphen ("director-general" is no general); a
  // punctuation mark and a word do not (", authorities").
  const hyphen = i > 1 && view.words[i - 1] === '-' && view.sameSentence(i - 2, i);
  const pairStart = hyphen ? i - 2 : i - 1;
  const pair = hyphen || (i > 0 && view.sameSentence(i - 1, i) && view.tokens[i - 1]!.upos !== 'PUNCT') ? `${view.lower[pairStart]} ${view.lower[i]}` : null;
  // An identity adjective before a noun or a hyphen modifies it ("Islamist militants", "Christian-dominated"):
  // `withIdentity` reads it there. A plural noun stays a group ("promised Kurds autonomy").
  const modifies = !/S$/.test(view.tokens[i]!.xpos) && view.sameSentence(i, i + 1) && (/^(?:NOUN|PROPN|ADJ)$/.test(view.tokens[i + 1]?.upos ?? '') || view.words[i + 1] === '-');
  const lookups: Array<[(phrase: string) => string | null, string[]]> = [
    [(phrase) => res.agents.agent(phrase), [view.lower[i]!, view.tokens[i]!.lemma.toLowerCase()]],
    ...(modifies ? [] : [[(phrase: string) => res.agents.identity(phrase), [view.lower[i]!]] as [(phrase: string) => string | null, string[]]]),
  ];
  if (pair && res.agents.notAgent(pair)) return null;
  for (const [find, words] of lookups) {
    const two = pair ? find(pair) : null;
    if (two) return { agent: two, start: pairStart };
    for (const w of words) {
      const one = find(w);
      if (one) return { agent: one, start: i };
    }
  }
  return null;
}

/**
 * "a state of emergency", "the state of the economy": "state" before "of" and a common noun is a condition, not a
 * polity ("the state of Pennsylvania" is one).
 */
function isCondition(view: TokenView, i: number): boolean {
  if (view.lower[i] !== 'state' || view.lower[i + 1] !== 'of' || !view.sameSentence(i, i + 2)) return false;
  const noun = view.tokens[i + 2]?.upos === 'DET' ? i + 3 : i + 2;
  return view.sameSentence(i, noun) && view.tokens[noun]?.upos !== 'PROPN' && /^\p{Ll}/u.test(view.words[noun] ?? '');
}

const OF = new Set(['of']);
const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const IN_OR_OF = new Set(['of', 'in']);
const OF_OR_FOR = new Set(['of', 'for']);
/** Those who speak or plead for another: "lawyers for Israel" are Israel's ("an envoy for Syria", "a representative for North Korea" are sent to it). */
const SPEAK_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel']);
/**
 * Agents that are at home where they are: "police in Kenya", "opposition groups in Zimbabwe", "protesters in Hong
 * Kong" are the country's own, where "troops", "officials", "diplomats", "companies" or "refugees in Uganda" are often another's.
 */
const HOME_AGENTS = new Set(['COP', 'OPP', 'REB', 'CVL', 'LEG', 'JUD', 'PTY', 'LAB', 'EDU', 'CRM']);

/**
 * "the government of Liberia", "the people of the United States", "police in Kenya": the country named right after
 * one of the words, or the country of a region or town named there that is one country's ("police in Mogadishu",
 * "the mayor of Kyiv", "the government of Quebec"), unless the names found so far make it no place: not "the
 * government of Obama", "officials of the EU" (`taken`, not `placeWords`), nor a time, "police in March".
 */
function countryAfterOf(view: TokenView, res: EntityResources, i: number, words: ReadonlySet<string>, placeWords: Uint8Array, taken: Uint8Array): string | null {
  if (!words.has(view.lower[i + 1]!)) return null;
  const start = view.lower[i + 2] === 'the' ? i + 3 : i + 2;
  const maybePlace = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!placeWords[k] && (taken[k] || TIME_NOUNS.has(view.lower[k]!))) return false;
    return true;
  };
  let place: string | null = null;
  for (let end = start + 1; end <= start + 3 && end <= view.tokens.length && view.sameSentence(i, end - 1); end++) {
    const text = view.words.slice(start, end).join(' ');
    const next = view.words[end] ?? '';
    if (!/^\p{Lu}/u.test(text) || /^\p{Lu}/u.test(next)) continue;
    const key = nameKey(text);
    // A region named as one ("the state of Montana", "the state of Georgia", "the province of Quebec") is a region's,
    // whatever towns or countries bear its name ("the State of Israel" names no region).
    const region = REGION_KINDS.has(view.lower[i]!) ? res.regionCountries.get(key) : undefined;
    const found = countryOfWord(res, text);
    if (found?.how === 'name') return region ?? found.country.iso3;
    // The whole name of the place, and the whole object of "of": not "Village" of "the Village de Dieu slum", nor
    // "Pacific" of "Pacific island nations", nor a common word ("Mobile").
    const goesOn = isNameLink(next) && next !== 'and' && next !== '&';
    if (!goesOn && !PHRASE_GOES_ON.has(view.tokens[end]?.upos ?? '') && !res.gazetteer.isCommon(key) && maybePlace(start, end)) place = region ?? res.placeCountries.get(key) ?? place;
  }
  return place;
}

function isNominal(view: TokenView, i: number): boolean {
  const upos = view.tokens[i]!.upos;
  return upos === 'NOUN' || upos === 'PROPN' || (!upos && /^\p{L}/u.test(view.words[i]!));
}

/** Whether a country's name of one to four words begins at token `k`. */
function opensCountryName(view: TokenView, res: EntityResources, k: number): boolean {
  for (let end = k + 1; end <= Math.min(k + 4, view.tokens.length); end++) {
    if (!view.sameSentence(k, end - 1)) break;
    if (countryOfWord(res, view.text(k, end))) return true;
  }
  return countryOf(view, res, k) !== null;
}

/** A country's name of two to four words that ends at token `j` ("Ivory Coast", "the United States"): its first token. */
function longCountryNameEndingAt(view: TokenView, res: EntityResources, j: number): { start: number; iso3: string } | null {
  for (let k = Math.max(0, j - 3); k < j; k++) {
    if (!view.sameSentence(k, j)) continue;
    const found = countryOfWord(res, view.text(k, j + 1));
    if (found?.how === 'name') return { start: k, iso3: found.country.iso3 };
  }
  return null;
}

/** The first word of a country's name of several words that ends at token `j` and is no one's else, else `j`. */
function countryNameStart(view: TokenView, res: EntityResources, j: number, taken: Uint8Array): number {
  const name = longCountryNameEndingAt(view, res, j);
  return name && !taken.subarray(name.start, j).some((x) => x) ? name.start : j;
}

/** The country whose name, of one to four words, ends at token j ("Iraq", "Ivory Coast", "the United States"). */
function countryNameEndingAt(view: TokenView, res: EntityResources, j: number): string | null {
  return longCountryNameEndingAt(view, res, j)?.iso3 ?? countryOf(view, res, j);
}

/** The country a modifier names, also as the first part of a compound ("US-led", "Iranian-backed"). */
function countryOf(view: TokenView, res: EntityResources, j: number): string | null {
  const word = view.words[j]!;
  const direct = countryAtToken(view, res, j);
  if (direct) return direct.country.iso3;
  const [first, second] = word.split('-');
  return second !== undefined && OWN_COMPOUND.test(second.toLowerCase()) ? (countryOfWord(res, first!)?.country.iso3 ?? null) : null;
}

/**
 * "the Arab country", "the Iraqi nation": a definite description of a country, a GPE whose country is the one
 * its words name, else left for resolution to find (the country named last before its sentence).
 */
function countryDescription(view: TokenView, res: EntityResources, i: number, taken: Uint8Array): Candidate | null {
  if (!res.countryNouns.has(view.lower[i]!) || view.lower[i + 1] === 'of') return null;
  let country: string | null = null;
  for (let j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS && view.sameSentence(j, i) && !taken[j]; j--) {
    const upos = view.tokens[j]!.upos;
    if (upos === 'DET') return view.lower[j] === 'the' ? { start: j, end: i + 1, type: 'GPE', role: null, country, agent: null, personal: false, named: false, head: i } : null;
    if (upos !== 'ADJ' && upos !== 'PROPN' && upos !== 'NOUN') return null;
    country ??= countryOf(view, res, j);
  }
  return null;
}
