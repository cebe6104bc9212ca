import type { EntityResources, TokenView } from './context.js';
import { countryOfWord } from './context.js';
import { GAZ_LOC, GAZ_ORG, GAZ_PER, GAZ_PLACE, keyOfTokens, tokenKey } from './gazetteer.js';
import { agentOf, isTransnationalSector } from '../actors/kb/codes.js';
import { honourAt } from './honours.js';

// Role words and titles are peeled off a person's name and kept: "Iraqi Foreign Minister Fuad Hussein" is the
// person "Fuad Hussein" with the role "Iraqi Foreign Minister" (country from "Iraqi"); "his counterpart
// Mohammad Javad Zarif" is "Mohammad Javad Zarif" with the role "counterpart".

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const ACRONYM = /^(?:\p{Lu}\.){2,4}$|^\p{Lu}{2,4}$/u;
const POSSESSIVE_MARK = /^['’]s?$/;
/** The offices a portfolio word names the field of. */
const OFFICES = new Set(['minister', 'secretary', 'adviser', 'advisor', 'chief', 'official', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'czar', 'tsar', 'undersecretary']);

/** The first word of a title followed by "of" and a country's name that ends right before `start`, or null. */
function titleOfCountryBefore(view: TokenView, res: EntityResources, start: number): number | null {
  // Right before: not across a comma ("the president of Namibia, Hage Geingob" is an apposition).
  if (!/^\p{L}/u.test(view.words[start - 1] ?? '')) return null;
  for (let k = start - 1; k >= Math.max(2, start - 4); k--) {
    if (countryOfWord(res, view.text(k, start))?.how !== 'name') continue;
    let of = k - 1;
    if (view.lower[of] === 'the') of--;
    if (of < 1 || view.lower[of] !== 'of' || !isTitleAt(view, res, of - 1) || !view.sameSentence(of - 1, start)) return null;
    let first = of - 1;
    while (first > 0 && view.sameSentence(first - 1, start) && isRoleWord(view, res, first - 1)) first--;
    return first;
  }
  return null;
}

/** Whether token `i` can be part of a role before a name: a title word, a KB agent word or a nationality word. */
export function isRoleWord(view: TokenView, res: EntityResources, i: number): boolean {
  if (isTitleAt(view, res, i)) return true;
  const titleNext = isTitleAt(view, res, i + 1);
  // "Commerce Minister", "Health Secretary": a portfolio before an office (not "Labour MP", "Technology professor").
  if (res.portfolios.has(view.lower[i]!) && OFFICES.has(view.lower[i + 1] ?? '')) return true;
  // "U.N. Ambassador", "EU envoy", "Secretary-General": an organisation's initials or a hyphen inside a title.
  if ((ACRONYM.test(view.words[i]!) || view.words[i] === '-') && titleNext) return true;
  if (countryOfWord(res, view.words[i]!)?.how === 'adjective') return true;
  // An agent word is a role word capitalised ("Defence Minister"), or in lower case before a title ("army chief").
  if ((/^\p{Lu}/u.test(view.words[i]!) || titleNext) && res.agents.agent(view.lower[i]!.replace(/\.$/, '')) !== null) return true;
  // So is the first word of an agent phrase that ends with the title after it ("Majority Leader", "Minority Whip"),
  // or two words on ("House Minority Leader").
  if (!/^\p{L}+$/u.test(view.words[i]!) || ARTICLE.test(view.lower[i]!)) return false;
  if (titleNext && res.agents.agent(`${view.lower[i]!} ${view.lower[i + 1]!}`) !== null) return true;
  return isTitleAt(view, res, i + 2) && res.agents.agent(`${view.lower[i]!} ${view.lower[i + 1]!} ${view.lower[i + 2]!}`) !== null;
}

/**
 * Whether token `i`, which opens what is left of a person's name span [i, end), is a given name that is also an
 * agent word ("Hunter" in "Hunter Biden", "Rebel" in "Rebel Wilson"): capitalised, no title, no nationality, and
 * followed in the span by a single name (initials aside: "Hunter S. Thompson"). The recogniser put it inside the
 * name, and an occupation before a name is written before a full name ("Farmer John Smith": the role "Farmer").
 */
export function isGivenName(view: TokenView, res: EntityResources, i: number, end: number): boolean {
  const word = view.words[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isTitleAt(view, res, i) || countryOfWord(res, word) !== null) return false;
  const rest = view.words.slice(i + 1, end).filter((w) => !INITIAL.test(w));
  return rest.length === 1 && /^\p{Lu}/u.test(rest[0]!) && !isRoleWord(view, res, end - 1);
}

const INITIAL = /^\p{Lu}\.$/u;
const ARTICLE = /^(?:a|an|the)$/;

/** Whether token `i` is a title word ("Gen." as "gen"); false past the end. */
export function isTitleAt(view: TokenView, res: EntityResources, i: number): boolean {
  return i < view.words.length && res.titles.has(view.lower[i]!.replace(/\.$/, ''));
}

export interface Peeled {
  /** First token of the name proper. */
  nameStart: number;
  /** The name proper opens with a given name that is also a role word ("Hunter Biden"): nothing of it is a role. */
  whole: boolean;
  role: { start: number; end: number } | null;
  country: string | null;
  agent: string | null;
}

/** Words after which no name begins: "Ministry of Health" is no role "Ministry" before a name "of Health". */
const NAME_LINKS = new Set(['of', 'for', 'and', '&']);

/**
 * Splits role words off the front of a name span [start, end) and takes in the role words just before it, up to
 * a sentence boundary; a possessive before a role ("his counterpart") belongs to the role.
 */
export function peelRole(view: TokenView, res: EntityResources, start: number, end: number, keepKnown = false, person = false): Peeled {
  let nameStart = start;
  // With keepKnown, a name the knowledge base knows whole keeps its words: "State Department" is not the role "State".
  const known = keepKnown && (res.gazetteer.typesOf(keyOfTokens(view.lower.slice(start, end))) & ~GAZ_PLACE) !== 0;
  // In a person's name, a given name that is also an agent word stays in the name ("Hunter Biden").
  let whole = false;
  // A role word before a link word is the name's own head (NAME_LINKS).
  while (!known && nameStart < end - 1 && isRoleWord(view, res, nameStart) && !NAME_LINKS.has(view.lower[nameStart + 1]!)) {
    if (person && isGivenName(view, res, nameStart, end)) {
      whole = true;
      break;
    }
    nameStart++;
  }
  // "Prime Minister Datuk Seri Anwar Ibrahim": the role is read across the honour before the name.
  let roleStart = start;
  for (let k = Math.max(0, start - 3); k < start; k++) {
    if (view.sameSentence(k, start) && honourAt(view.words, k) === start - k) {
      roleStart = k;
      break;
    }
  }
  const honour = roleStart;
  while (roleStart > 0 && view.sameSentence(roleStart - 1, start)) {
    if (isRoleWord(view, res, roleStart - 1)) roleStart--;
    // "Chief Executive Carrie Lam": two words that are an agent phrase only together.
    else if (roleStart > 1 && view.sameSentence(roleStart - 2, start) && /^\p{Lu}\p{L}*$/u.test(view.words[roleStart - 2]!) && /^\p{L}+$/u.test(view.words[roleStart - 1]!) && res.agents.agent(`${view.lower[roleStart - 2]} ${view.lower[roleStart - 1]}`)) roleStart -= 2;
    else break;
  }
  // "Finnish open-source video game developer Perttu Ahola": an occupation the role words do not know, in lower case
  // right before the name and after a nationality, is the person's role, with the country.
  if (roleStart === start && person) roleStart = occupationBefore(view, res, start) ?? roleStart;
  // "Hong Kong Chief Executive Carrie Lam", "Iran Foreign Minister": a country's name written before the role, whole
  // ("New Jersey governor" names no Jersey).
  for (let k = Math.max(0, roleStart - 3); roleStart < nameStart && k < roleStart; k++) {
    // Whole: after no other capitalised word, unless that is a title ("Former Hong Kong Chief Executive").
    const whole = k === 0 || !view.sameSentence(k - 1, k) || !/^\p{Lu}/u.test(view.words[k - 1]!) || isTitleAt(view, res, k - 1);
    const capitalised = view.lower[k] !== 'the' && view.words.slice(k, roleStart).every((w) => /^\p{Lu}/u.test(w));
    if (whole && capitalised && view.sameSentence(k, start) && countryOfWord(res, view.text(k, roleStart))?.how === 'name') {
      roleStart = k;
      break;
    }
  }
  // "President of France Emmanuel Macron", "Prime Minister of the United Kingdom Boris Johnson": a title and "of" a
  // country's name right before the name.
  if (roleStart === start && person) roleStart = titleOfCountryBefore(view, res, start) ?? roleStart;
  // "Shadow Foreign Secretary X", "Shadow local government secretary X": the opposition's spokesman on the office
  // (see meaningOf); the words between are the office's.
  if (roleStart < nameStart) {
    let k = roleStart - 1;
    while (k > roleStart - 5 && k > 0 && view.lower[k] !== 'shadow' && /^\p{L}+$/u.test(view.words[k]!)) k--;
    if (k >= 0 && view.lower[k] === 'shadow' && view.sameSentence(k, start)) roleStart = k;
  }
  if (roleStart < nameStart && roleStart > 0 && view.sameSentence(roleStart - 1, start) && POSSESSIVES.has(view.lower[roleStart - 1]!)) roleStart--;
  // "China's U.N. Ambassador Fu Cong": a country's possessive before the role states its country.
  else if (roleStart < nameStart && roleStart > 1 && view.sameSentence(roleStart - 2, start) && POSSESSIVE_MARK.test(view.words[roleStart - 1]!) && countryOfWord(res, view.words[roleStart - 2]!)?.how === 'name') roleStart -= 2;
  if (roleStart === nameStart || (roleStart === honour && nameStart === start)) return { nameStart, whole, role: null, country: null, agent: null };
  roleStart = organisationEndingBefore(view, res, roleStart, start) ?? roleStart;
  return { nameStart, whole, role: { start: roleStart, end: nameStart }, ...roleMeaning(view, res, roleStart, nameStart) };
}

/** The start of a nationality and the lower-case nouns and adjectives after it right before a name, or null. */
function occupationBefore(view: TokenView, res: EntityResources, start: number): number | null {
  let k = start - 1;
  const part = (i: number) => view.words[i] === '-' || (/^\p{Ll}/u.test(view.words[i]!) && (view.tokens[i]!.upos === 'NOUN' || view.tokens[i]!.upos === 'ADJ'));
  while (k >= 0 && start - k <= 7 && view.sameSentence(k, start) && part(k)) k--;
  return k >= 0 && k < start - 1 && view.sameSentence(k, start) && countryOfWord(res, view.words[k]!)?.how === 'adjective' ? k : null;
}

/** "MI6 chief Richard Moore": the start of an organisation of the knowledge base named right before a role, if any. */
function organisationEndingBefore(view: TokenView, res: EntityResources, roleStart: number, start: number): number | null {
  for (let k = Math.max(0, roleStart - 4); k < roleStart; k++) {
    const keys = view.words.slice(k, roleStart).map(tokenKey);
    if (!view.sameSentence(k, start) || !/^\p{Lu}/u.test(view.words[k]!) || keys.some((key) => !key)) continue;
    // Not the object of a preposition: "In an interview with Al Jazeera Foreign Minister X said".
    if (k > 0 && view.sameSentence(k - 1, k) && view.tokens[k - 1]!.upos === 'ADP') return null;
    const types = res.gazetteer.typesOf(keys.join(' '));
    if ((types & (GAZ_ORG | GAZ_PER | GAZ_LOC)) === GAZ_ORG) return k;
  }
  return null;
}

/**
 * The country and agent that role words state: "Iraqi Foreign Minister" → IRQ, GOV. Without a country word, an
 * organisation the knowledge base knows gives its own ("a spokesman for the State Department" → USA, GOV).
 */
export function roleMeaning(view: TokenView, res: EntityResources, start: number, end: number): { country: string | null; agent: string | null } {
  const { country, agent } = meaningOf(res, view.words.slice(start, end), view.countriesNamed(res));
  return { country, agent };
}

/** What a role says of its holder: a country, an agent, and the code of the body served when the role names one. */
export interface RoleMeaning {
  country: string | null;
  agent: string | null;
  /** "The World Health Organization's emergencies chief": the code of the knowledge base's body (IGOUNOHLHWHO). */
  body: string | null;
}

/** `roleMeaning` of role words given as text ("Iraqi Foreign Minister"), for readers of the mention layer. */
export function roleMeaningOfText(res: EntityResources, text: string, context: readonly string[] = []): RoleMeaning {
  return meaningOf(res, text.split(/\s+/).filter(Boolean), context);
}

function meaningOf(res: EntityResources, words: readonly string[], context: readonly string[] = []): RoleMeaning {
  // The longest country name or adjective first ("South Sudan's" is not Sudan's).
  let country: string | null = null;
  for (let i = 0; i < words.length && !country; i++) {
    for (let k = Math.min(3, words.length - i); k > 0 && !country; k--) {
      const phrase = words.slice(i, i + k).join(' ').replace(/ ?['’]s$/, '');
      if (phrase && (k === 1 || /^\p{Lu}/u.test(words[i + k - 1]!))) country = countryOfWord(res, phrase)?.country.iso3 ?? null;
    }
  }
  const lower = words.map((w) => w.toLowerCase());
  const head = teamCaptain(res, words) ? null : headAgent(res, lower);
  // A shadow minister speaks for the opposition ("Shadow Foreign Secretary Michael Ancram").
  const agent = lower.includes('shadow') ? 'OPP' : head;
  // A body named before the title is the one the person serves, whatever country the rest names ("World Bank
  // country director for the West Bank" is the World Bank's).
  const cut = lower.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const body = cut > 0 ? organisationIn(res, words.slice(0, cut), true, context) : null;
  // Unless a country comes first: "China's UN ambassador" serves China.
  const countryFirst = country !== null && words.slice(0, body?.start ?? 0).some((w) => countryOfWord(res, w.replace(/['’]s$/, '')) !== null);
  if (body && !countryFirst && (body.country || isTransnationalSector(body.agent))) return { country: body.country, agent: body.agent ?? agent, body: body.code };
  if (!country) {
    // The organisation's sector wins over a rank ("BBC Director General" is media, not government).
    const organisation = organisationIn(res, words, lower.some((w) => LEADERS.has(w)), context);
    if (organisation) return { country: organisation.country, agent: organisation.agent ?? agent, body: organisation.code };
  }
  return { country, agent, body: null };
}

/**
 * "England captain Lawrence Dallaglio", "the club captain": a captain written in lower case leads a team or a ship,
 * unless a military word comes before ("army captain"); a military captain is written as a title ("Captain
 * Ibrahim Traoré").
 */
function teamCaptain(res: EntityResources, words: readonly string[]): boolean {
  const last = words.at(-1);
  if (last !== 'captain' && last !== 'skipper') return false;
  return !words.slice(0, -1).some((w) => res.agents.agent(w.toLowerCase()) === 'MIL');
}

/**
 * The agent of a role's head: English puts it last, before any "of" or "for" phrase, so the longest agent phrase
 * ending there wins ("deputy foreign minister" is a minister, not a deputy; "spokesman for the ministry" a
 * spokesman), then one ending a word earlier, and so on; the phrase after the preposition is the last resort. A
 * closing "general" follows its noun ("secretary general", "attorney general") unless nothing before it is an agent
 * word ("major general").
 */
function headAgent(res: EntityResources, lower: readonly string[]): string | null {
  const cut = lower.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const end = cut < 0 ? lower.length : cut;
  // A title that contains its preposition ("chief of staff", "leader of the opposition") is one phrase.
  for (let i = 0; cut > 0 && i < end; i++) {
    for (let j = lower.length; j > end + 1; j--) {
      const agent = res.agents.agent(lower.slice(i, j).join(' '));
      if (agent) return agent;
    }
  }
  // The organisation led comes before a generic leader's rank ("general secretary of Unison", "chief executive of
  // the Red Cross"), when its words name a sector.
  if (cut > 0 && LEADERS.has(lower.slice(0, end).filter((w) => !RANKS.has(w) && !DETERMINERS.has(w)).join(' '))) {
    const led = headAgent(res, lower.slice(cut + 1));
    if (led) return led;
  }
  const ends = end > 1 && lower[end - 1] === 'general' ? [end - 1, end] : [end];
  for (const last of ends) {
    for (let j = last; j > 0; j--) {
      for (let i = 0; i < j; i++) {
        // A rank before the head ("deputy leader", "the general secretary") is no deputy sheriff or army general.
        if (j < last && RANKS.has(lower[j - 1]!)) continue;
        const agent = res.agents.agent(lower.slice(i, j).join(' '));
        if (agent) return agent;
      }
    }
  }
  return cut < 0 ? null : headAgent(res, lower.slice(cut + 1));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

/** Words that rank a title after them ("deputy leader", "general secretary"), agents only alone. */
const RANKS = new Set(['deputy', 'general', 'vice', 'acting', 'interim', 'senior', 'assistant', 'executive', 'managing']);

/** Titles of whoever leads any kind of body, read with their ranks set aside ("chief executive" is a chief, "director general" a director): the body they lead tells the sector. */
const LEADERS = new Set([
  'secretary', 'director', 'chief', 'head', 'leader', 'chairman', 'chairwoman', 'chair', 'chairperson', 'president',
  'ceo', 'founder', 'manager', 'spokesman', 'spokeswoman', 'spokesperson',
]);

const HEAD_ENDS = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'from', 'on', ',']);

/**
 * The longest run of capitalised words ("of" and "for" may join them) that names a knowledge-base organisation
 * with a country: "the State Department", and "BBC" in "BBC Director General"; for the leader of a body (`leads`), one
 * with a sector will do ("chief executive of the Red Cross" is NGO, a fellow of a think tank is not). Runs of title words alone
 * ("Secretary of State") name no organisation here.
 */
function organisationIn(res: EntityResources, words: readonly string[], leads: boolean, context: readonly string[]): { start: number; country: string | null; agent: string | null; code: string | null } | null {
  const capital = (k: number) => /^\p{Lu}/u.test(words[k] ?? '');
  for (let i = 0; i < words.length; i++) {
    // Not the complement of a longer name: "Labor" in "the Bureau of Labor Statistics" is no party.
    if (!capital(i) || (i >= 2 && JOINERS.has(words[i - 1]!) && capital(i - 2))) continue;
    let end = i + 1;
    while (end < words.length && (capital(end) || (JOINERS.has(words[end]!) && capital(end + 1)))) end++;
    for (let j = end; j > i; j--) {
      if (!capital(j - 1)) continue;
      const part = words.slice(i, j);
      if (part.every((w) => JOINERS.has(w) || res.titles.has(w.toLowerCase().replace(/\.$/, '')))) continue;
      // An acronym of three letters or fewer only in capitals, as the gazetteer reads them ("Rt Rev" is no RT).
      if (j - i === 1 && part[0]!.replace(/\./g, '').length <= 3 && !/^[\p{Lu}\d.&]+$/u.test(part[0]!)) continue;
      // "the World Bank's country director": the possessive is no part of the name.
      const found = res.kb.findActors(part.join(' ').replace(/['’]s$/, ''), { countries: context }).filter((m) => m.actor.type !== 'person' && m.actor.type !== 'country');
      // Bodies of several countries by that name ("BNP": British and Bangladeshi parties), none of them of the
      // countries the document names, tell none.
      if (!found[0]?.inContext && new Set(found.map((m) => m.actor.country).filter(Boolean)).size > 1) continue;
      const bodies = found.map((m) => m.actor);
      const actor = bodies.find((a) => a.country) ?? (leads ? bodies.find((a) => a.agent || a.code) : undefined);
      if (actor) return { start: i, country: actor.country, agent: actor.agent ?? (actor.code ? agentOf(actor.code) : null), code: actor.code ?? null };
    }
  }
  return null;
}

const JOINERS = new Set(['of', 'for', 'and', '&']);

/** A title word whose title is not a possessor: "the president's son", "the prime minister's offensive" name none. */
function isHeadTitle(view: TokenView, res: EntityResources, i: number): boolean {
  if (!isTitleAt(view, res, i)) return false;
  let last = i;
  while (isTitleAt(view, res, last + 1)) last++;
  return !POSSESSIVE_MARK.test(view.words[last + 1] ?? '');
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART', 'CCONJ', 'NUM', 'PUNCT']);
const LONGEST_APPOSITION = 10;

/**
 * "Mohamud Ahmed Nur, Somalia's ambassador to Kenya, said": a role in apposition right after a name, from the comma
 * to the next comma or the sentence's end: a noun phrase with a title word in it ("the Iranian foreign ministry
 * spokesman", "a spokesman for the State Department"). Returns the role's span and its title words, or null.
 */
export function appositiveRole(view: TokenView, res: EntityResources, nameEnd: number): RoleSpan | null {
  if (view.words[nameEnd] !== ',' || !view.sameSentence(nameEnd, nameEnd + 1)) return null;
  const start = nameEnd + 1;
  let end = start;
  while (end < view.words.length && end - start <= LONGEST_APPOSITION && view.sameSentence(end, start) && view.words[end] !== ',' && view.words[end] !== '.') end++;
  return roleIn(view, res, start, end);
}

export interface RoleSpan {
  start: number;
  end: number;
  /** The title words within it. */
  title: { start: number; end: number };
}

/** [start, end) as a role: a noun phrase of at most LONGEST_APPOSITION words with a title word that heads it. */
function roleIn(view: TokenView, res: EntityResources, start: number, end: number): RoleSpan | null {
  if (end - start > LONGEST_APPOSITION) return null;
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    if (!NOUN_PHRASE.has(view.tokens[i]!.upos) || view.words[i] === ',') return null;
    if (!isHeadTitle(view, res, i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  // The title words start where the modifiers of the first title do ("foreign ministry spokesman").
  let from = first;
  while (from > start && isRoleWord(view, res, from - 1)) from--;
  return { start, end, title: { start: from, end: last + 1 } };
}

/** An article, a nationality ("Somali") or a country's possessive ("Somalia's") opening a description. */
function opensDescription(view: TokenView, res: EntityResources, i: number): boolean {
  if (/^(?:a|an|the)$/.test(view.lower[i]!)) return true;
  if (countryOfWord(res, view.words[i]!)?.how === 'adjective') return true;
  // A country's possessive, of one to three words ("Somalia's", "South Sudan's").
  for (let k = i + 1; k <= i + 3 && k < view.words.length; k++) {
    if (POSSESSIVE_MARK.test(view.words[k]!)) return countryOfWord(res, view.text(i, k))?.how === 'name';
  }
  return false;
}

/**
 * "A spokeswoman for the Kremlin, Maria Zakharova, said", "Somalia's ambassador to Kenya, Mohamud Ahmed Nur,
 * accuses": a role in apposition before a name, when it opens the sentence (or follows the preposition that
 * does) with an article, a nationality or a country's possessive, is a noun phrase with a title word in it, and a comma closes
 * the name after it.
 */
export function precedingAppositiveRole(view: TokenView, res: EntityResources, nameStart: number, nameEnd: number): RoleSpan | null {
  const comma = nameStart - 1;
  if (comma < 1 || view.words[comma] !== ',' || view.words[nameEnd] !== ',' || !view.sameSentence(comma, nameEnd)) return null;
  let start = comma;
  while (start > 0 && view.sameSentence(start - 1, comma)) start--;
  if (opensDescription(view, res, start)) return roleIn(view, res, start, comma);
  // Or after a preposition that opens the sentence: "According to the El Paso mayor, Dee Margo,". Not one inside
  // the description ("According to a spokesman for the Iraqi prime minister, X," names the spokesman).
  let i = start;
  while (i < comma && i - start < 2 && (view.tokens[i]!.upos === 'ADP' || view.lower[i] === 'according')) i++;
  return i > start && view.tokens[i - 1]!.upos === 'ADP' && opensDescription(view, res, i) ? roleIn(view, res, i, comma) : null;
}
