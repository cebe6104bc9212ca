import type { ActorEntry } from '../kb/index.js';
import type { Mention } from '../../model/index.js';
import type { Candidate } from '../../entities/candidate.js';
import type { EntityResources, TokenView } from '../../entities/context.js';
import { GAZ_PLACE } from '../../entities/gazetteer.js';
import { ActorType, inOffice, isTransnationalSector, nameKey, slug } from '../kb/index.js';
import { contextCountries, homeCountry } from './context-countries.js';
import type { Entity } from './entity.js';
import { codeId, parseId, personId } from './ids.js';
import { pronounMentions } from './pronouns.js';
import { sexesOf } from './sex.js';

// Coreference and resolution in one left-to-right pass: each mention joins the chain of an earlier referent
// (same knowledge-base actor, surname of a named person, description matching a person's office and country,
// a country's name or capital) or starts one, and each chain resolves to a knowledge-base actor at the article's
// date, to a generic actor coded from its words, or to none. Ambiguous names are settled by the countries the
// article is about.

const SUBJECT = /^(nsubj|nsubj:pass|csubj)$/;

/**
 * Whether every office of a person begins years after the date: a name alone then means someone else ("Lord Harris"
 * in 2005 is not Kamala Harris, though the knowledge base lists "Harris" as her name). The knowledge base lacks
 * many earlier offices of today's leaders ("Anwar" in 2020, before he was prime minister in 2022, is still Anwar
 * Ibrahim), hence the margin.
 */
function notYet(actor: ActorEntry, date: string): boolean {
  const later = `${Number(date.slice(0, 4)) + NOT_YET_YEARS}${date.slice(4, 10)}`;
  return actor.roles.length > 0 && actor.roles.every((r) => !!r.from && r.from > later);
}

const NOT_YET_YEARS = 8;

const NOT_PEOPLE: ReadonlySet<ActorType> = new Set(ActorType.options.filter((t) => t !== 'person'));

const COMPANY_NOUNS = new Set(['company', 'firm']);
/** Words that make a plural group others than the article's own country ("foreign forces", "third states", "neighbouring countries"). */
const OTHERS = new Set(['foreign', 'overseas', 'third', 'neighbouring', 'neighboring']);
/** Bodies whose members named "of" or "from" them are coded as the body (`organisationNamedAfter`). */
const MEMBER_BODIES: ReadonlySet<string> = new Set(['group', 'party', 'ngo', 'igo']);

/** Words that make a lesser office of the one they come before ("vice president", "deputy minister"). */
const LESSER_OFFICE = new Set(['vice', 'deputy', 'assistant', 'under', 'lieutenant']);

/**
 * Nouns that head institutions' names and stand for them after ("the court", "the agency"). Not armies, police,
 * governments or legislatures: "the army" of a story on a rebel "Arakan Army" is as often the state's.
 */
const INSTITUTION_NOUNS = new Set(['court', 'tribunal', 'council', 'agency', 'commission', 'committee', 'organization', 'organisation', 'bank', 'fund', 'union', 'alliance', 'party', 'ministry', 'department', 'bureau', 'institute', 'foundation', 'university', 'coalition', 'movement', 'board', 'authority']);

/** The noun that heads an organisation's name: its last word before "of" or "for" ("International Court of Justice": court). */
function nameNoun(words: readonly string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (cut > 0 ? words[cut - 1]! : (words.at(-1) ?? '')).replace(/['’]s?$/, '');
}

/** Words that make "the … company" another than the one named before. */
const OTHER_COMPANY = new Set(['parent', 'rival', 'other', 'former', 'new', 'holding', 'sister', 'mother']);

const ACRONYM = /^\p{Lu}{3,}$/u;
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Verbs whose object is a place as much as its government (lemmas); not "hit" or "attack", which news also uses of
 * sanctions and words ("hit Beijing with tariffs", "attacked Washington over the expulsions"). */
const PLACE_VERBS = new Set([
  'visit', 'leave', 'reach', 'enter', 'tour', 'cover', 'fly', 'travel', 'return', 'flee', 'evacuate', 'besiege', 'encircle', 'surround',
  'bomb', 'shell', 'strike', 'storm', 'capture', 'seize', 'occupy', 'liberate', 'rock', 'shake', 'flood',
]);

/** Prepositions before a place that make it a party ("with Beijing", "against Moscow", "by Tehran"). */
const ACTOR_CASES = new Set(['with', 'against', 'between']);
/** Words of relations between parties, which make a capital after "with", "against" or "between" its government. */
const RELATIONS = new Set([
  'relation', 'relations', 'tie', 'ties', 'talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'engagement', 'rivalry', 'tension',
  'tensions', 'dispute', 'conflict', 'war', 'battle', 'fight', 'struggle', 'standoff', 'confrontation', 'feud', 'row', 'spat', 'friction',
  'deal', 'agreement', 'accord', 'treaty', 'pact', 'alliance', 'partnership', 'cooperation', 'summit', 'meeting', 'trade', 'détente',
  'rapprochement', 'realign', 'negotiate', 'cooperate', 'ally', 'side', 'clash', 'break', 'sever', 'normalize', 'normalise', 'reconcile',
  'frustration', 'anger', 'sanction', 'measure', 'retaliation', 'shift', 'pivot',
]);
export function resolveMentions(view: TokenView, res: EntityResources, candidates: readonly Candidate[], date: string | null): Mention[] {
  /** The country of a place name that the knowledge base knows as an actor of one country, else null. */
  const placeCountry = (c: Candidate): string | null => {
    const text = view.text(c.start, c.end);
    return res.gazetteer.typesOf(nameKey(text)) & GAZ_PLACE ? res.kb.soleCountry(text, NOT_PEOPLE) : null;
  };
  const countries = contextCountries(candidates);
  /** Whether the document is about the country whose region bears a name, by name key (`regionOfAnother`). */
  const regionNamed = new Map<string, boolean>();
  // A place the knowledge base knows as an actor counts for its country too: a story on Israel's war in the "Gaza
  // Strip" (PSEGZA, a place, no nationality word) is about two countries, and "hospitals" there are not Israel's.
  const home = homeCountry(candidates, (c) => c.country ?? (c.named && c.type !== 'PER' ? placeCountry(c) : null));
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byActor = new Map<string, Entity>();
  const start = (c: Candidate, kind: Entity['kind'], actorId: string | null, actor: ActorEntry | null): Entity => {
    const e: Entity = {
      chain: entities.length,
      actorId,
      kind,
      names: new Set(),
      titles: [],
      country: c.country ?? actor?.country ?? null,
      agent: c.agent,
      last: c.head,
      heads: [],
      plural: /s$/.test(view.lower[c.head]!) && view.tokens[c.head]!.xpos === 'NNS',
      sexes: 0,
    };
    if (actor && date) {
      const standing = res.kb.standingAt(actor, date);
      if (standing?.role?.role) e.titles.push(standing.role.role.toLowerCase());
      e.country = standing?.country ?? e.country;
      e.agent = standing?.agent ?? e.agent;
    }
    entities.push(e);
    if (actorId) byActor.set(actorId, e);
    return e;
  };
  const seen = (e: Entity, c: Candidate) => {
    e.last = c.head;
    e.heads.push(c.head);
  };
  /** Whether a mention is a clause's subject: one of its words is, under a word outside it ("Pacific Gas and Electric announced"). */
  const isSubject = (c: Candidate) => {
    for (let i = c.start; i < c.end; i++) {
      const t = view.tokens[i]!;
      if (SUBJECT.test(t.rel) && (t.head < c.start || t.head >= c.end)) return true;
    }
    return false;
  };
  /** Named organisations so far, resolved or not, and whether each was named as a subject: what "the company" may be. */
  const namedOrganisations: Array<{ entity: Entity | null; subject: boolean }> = [];
  /** Organisations so far by the noun that heads their name or description, and the knowledge-base body each is, if any. */
  const institutions: Array<{ noun: string; body: Entity | null }> = [];
  const emit = (c: Candidate, e: Entity | null, role: string | null = null) => {
    if (e) seen(e, c);
    if (e?.kind === 'person') e.sexes |= sexesOf(view, c, res.givenNames);
    if (c.named && c.type === 'ORG') namedOrganisations.push({ entity: e, subject: isSubject(c) });
    if (c.type === 'ORG') {
      const noun = c.named ? nameNoun(view.lower.slice(c.start, c.end)) : view.lower[c.head]!;
      // A description counts as the body only when it resolved to one ("The court" to the ICJ, not "a Moscow court").
      const body = c.named || (e?.actorId && parseId(e.actorId).kind === 'kb') ? e : null;
      if (INSTITUTION_NOUNS.has(noun)) institutions.push({ noun, body });
    }
    mentions.push({
      start: view.tokens[c.start]!.start,
      end: view.tokens[c.end - 1]!.end,
      text: view.text(c.start, c.end),
      type: c.type,
      actorId: e?.actorId ?? null,
      chain: e?.chain ?? null,
      role: c.role ? view.text(c.role.start, c.role.end) : role,
      head: c.head,
    });
  };

  // Peeled roles belong to the name they come with: resolve names first, remember them by their role's range.
  const roleOwner = new Map<number, Candidate>();
  for (const c of candidates) if (c.role) for (let i = c.role.start; i < c.role.end; i++) roleOwner.set(i, c);
  const entityOf = new Map<Candidate, Entity | null>();
  /** Named people by their first token: "the government of Abdrabbuh Mansur Hadi" looks there. */
  const personStartingAt = new Map<number, Candidate>();
  /** Named people by each of their tokens and those of the title peeled off them. */
  const personCovering = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.type !== 'PER' || !c.named) continue;
    personStartingAt.set(c.start, c);
    for (let i = c.role?.start ?? c.start; i < c.end; i++) personCovering.set(i, c);
  }
  /** People resolved so far, by the token after their name: "the Trump administration" looks there. */
  const personEndingAt = new Map<number, Entity>();
  /** Named organisations, by the token after their name: "Hezbollah guerrillas", "NATO troops" are their members. */
  const organisationEndingAt = new Map<number, Entity>();
  /** The country of the last generic actor with a country of its own, and its sentence, by its head noun ("spy"). */
  const headCountry = new Map<string, { country: string; sentence: number; words: string[] }>();
  const remember = (c: Candidate, e: Entity | null) => {
    entityOf.set(c, e);
    if (c.type === 'PER' && e?.kind === 'person') personEndingAt.set(c.end, e);
    if (c.type === 'ORG' && c.named && e?.kind === 'group') organisationEndingAt.set(c.end, e);
  };

  const resolveName = (c: Candidate): Entity | null => {
    const text = view.text(c.start, c.end);
    const words = view.lower.slice(c.start, c.end).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''));
    if (c.type === 'PER' && words.length === 1) {
      // A surname or given name of a person named earlier in the document: a person the knowledge base knows
      // before one it does not, as news names a public figure's relative in full and the figure by surname
      // ("Biden's son Hunter Biden ... Biden defended his son" is Joe Biden, the latest such); else the one named
      // most so far, and of equals the first named: the story's subject rather than the relatives its profile names
      // once ("Ginger Baker ... his daughter Nettie Baker ... Baker was hospitalised").
      const earlier = entities.filter((e) => e.kind === 'person' && e.names.has(words[0]!));
      const known = earlier.findLast((e) => e.actorId !== null && parseId(e.actorId).kind === 'kb');
      const salient = earlier.reduce<Entity | undefined>((best, e) => (!best || e.heads.length > best.heads.length ? e : best), undefined);
      const found = known ?? salient;
      if (found) return found;
    }
    // A surname alone is a person of the knowledge base only while that person holds an office in one of the
    // article's countries: "Judge Gray Miller" in 2019, left as "Miller" by the recogniser, is not the Treasury
    // Secretary of 1979, nor is the WHO's "Ryan" the president of Australia's Senate.
    // The title and name together may be a name of their own ("President Carter" is Jimmy Carter's, "Carter" alone
    // would be any Carter in office).
    let byTitle: ReturnType<typeof res.kb.findActors> = [];
    for (let k = c.type === 'PER' && c.role?.end === c.start ? c.role.start : c.start; k < c.start && !byTitle.length; k++) {
      // From each word of the role: "Former President Carter", "Senior Taliban commander Mullah Omar".
      byTitle = res.kb.findActors(view.text(k, c.end), { countries, date: date ?? undefined, asWritten: true }).filter((m) => m.match === 'name' && m.actor.type === 'person');
    }
    // A word in capitals in brackets after a name is that name's acronym, not a person's name listed in another
    // spelling ("the Centre of Indian Trade Unions (CITU)" is not Florin Cîțu); "MERKEL said" is still Merkel.
    const acronym = ACRONYM.test(text) && view.words[c.start - 1] === '(';
    const matches = byTitle.length
      ? byTitle
      : res.kb.findActors(text, { countries, date: date ?? undefined, asWritten: c.whole }).filter((m) =>
          c.type === 'PER'
            ? m.actor.type === 'person' && !(acronym && ![m.actor.name, ...m.actor.aliases].includes(text)) && (m.match !== 'surname' || !date || (inOffice(m.standing) && m.inContext)) && !(words.length === 1 && date && notYet(m.actor, date))
            : m.actor.type !== 'person',
        );
    const fitting = c.country ? matches.filter((m) => m.actor.country === c.country || m.roles.some((r) => r.country === c.country)) : [];
    // A name that several countries' organisations bear ("Labour Party", "Supreme Court"), none of them of the
    // article's countries or of the mention's own, is left unresolved rather than given the first one listed.
    const ambiguous = !fitting.length && c.type !== 'PER' && !matches[0]?.inContext && new Set(matches.map((m) => m.actor.country)).size > 1;
    const best = ambiguous ? null : ((fitting[0] ?? matches[0])?.actor ?? null);
    if (best) {
      const e = byActor.get(best.id) ?? start(c, best.type === 'person' ? 'person' : best.type === 'country' ? 'country' : 'group', best.id, best);
      for (const w of words) e.names.add(w);
      addRole(e, c);
      return e;
    }
    if (c.type !== 'PER') return null;
    // A fuller form of a name given earlier, with the same first and last names, is the same person ("Elijah
    // Cummings ... Elijah Eugene Cummings").
    const [first, last] = [words[0]!, words.filter((w) => !NAME_SUFFIXES.has(w)).at(-1)!];
    const fuller = words.length > 2 ? [...entities].reverse().find((e) => e.kind === 'person' && e.actorId !== null && parseId(e.actorId).kind !== 'kb' && e.names.has(first) && e.names.has(last)) : undefined;
    if (fuller) {
      for (const w of words) fuller.names.add(w);
      addRole(fuller, c);
      return fuller;
    }
    const id = personId(slug(text));
    const e = byActor.get(id) ?? start(c, 'person', id, null);
    for (const w of words) e.names.add(w);
    addRole(e, c);
    return e;
  };
  const addRole = (e: Entity, c: Candidate) => {
    if (c.role) e.titles.push(view.lower.slice(c.role.start, c.role.end).join(' '));
    e.country ??= c.country;
    e.agent ??= c.agent;
  };

  const countryEntity = (c: Candidate, iso3: string): Entity => {
    const id = iso3.toLowerCase();
    return byActor.get(id) ?? start(c, 'country', id, res.kb.actor(id));
  };

  const gpeHeads = new Set(candidates.filter((c) => c.type === 'GPE' && c.country).map((c) => c.head));
  for (const c of candidates) {
    // "The United States" taken for an organisation (its last word is an agent word) is the country.
    const country = c.type === 'ORG' ? res.kb.countryByName(view.text(c.start, c.end).replace(/^the\s+/i, '')) : null;
    if (country) {
      emit(c, countryEntity(c, country.iso3));
      continue;
    }
    if (c.type === 'PER' || c.type === 'ORG' ? c.named : false) {
      // A name resolved ahead ("the government of Abdrabbuh Mansur Hadi") is not resolved again.
      const known = entityOf.has(c) ? entityOf.get(c)! : resolveName(c);
      // A name that is also an agent word ("Senate", "Parliament") is that country's body only in an article about
      // that country, or about none; elsewhere it is the article's own ("the Senate" in a story about the Philippines),
      // as is one the knowledge base does not know ("the House of Representatives", "the Department of Justice").
      const foreign = c.type === 'ORG' && known?.kind === 'group' && known.country && countries.length > 0 && !countries.includes(known.country);
      const agentWord = foreign || (c.type === 'ORG' && !known) ? res.agents.agent(view.lower.slice(c.start, c.end).join(' ').replace(/^the /, '')) : null;
      // An organisation the knowledge base does not know, whose country and sector the mention finder gave it (so
      // far only websites cited as sources: "Khabarnews.ir" IRNMED), is coded as that sector of that country.
      const e = agentWord ? genericEntity({ ...c, agent: agentWord }) : (known ?? (c.type === 'ORG' && c.country && c.agent ? genericEntity(c) : null));
      remember(c, e);
      emit(c, e);
      continue;
    }
    if (c.type === 'ROLE' && roleOwner.has(c.start)) {
      // Resolved with its name, which follows it.
      const owner = roleOwner.get(c.start)!;
      const e = entityOf.get(owner) ?? resolveName(owner);
      remember(owner, e);
      emit(c, e);
      continue;
    }
    if (c.type === 'GPE' && !c.named) {
      // A description of a country: the one it names, else the one named last before its sentence.
      emit(c, c.country ? countryEntity(c, c.country) : countryNamedBefore(view, entities, c.head));
      continue;
    }
    if (c.type === 'GPE' && !c.country) {
      // A state of the past (Yugoslavia, the German Democratic Republic) is no ISO country but is in the knowledge base.
      const e = resolveName(c);
      emit(c, e?.kind === 'country' ? e : null);
      continue;
    }
    if (c.type === 'GPE' && regionOfAnother(c)) {
      emit(c, null);
      continue;
    }
    if (c.type === 'GPE') {
      // A conjunct of another country or capital stands where the first does ("Washington and Pyongyang have been
      // locked"), not one of towns ("Carrascal, Cantilan, Madrid") or organisations ("London Fire Brigade").
      let at = c.head;
      for (let steps = 0; steps < 4 && view.tokens[at]!.rel === 'conj' && gpeHeads.has(view.tokens[at]!.head); steps++) at = view.tokens[at]!.head;
      const rel = view.tokens[at]!.rel;
      const text = view.text(c.start, c.end);
      // Not a capital that names something of it ("by Berlin non-profit Cinema for Peace"), however parsed.
      const modifier = view.sameSentence(c.end - 1, c.end) && /^(?:NOUN|PROPN|ADJ)$/.test(view.tokens[c.end]?.upos ?? '');
      const asActor = c.country && (((/^(nsubj|nsubj:pass|nmod:poss|obj|iobj|obl:agent)$/.test(rel) || actedWith(at)) && !(modifier && /^(obl|nmod)/.test(rel))) || res.kb.countryByName(text));
      // A capital that acts or is acted on ("Tehran opposes", "Baghdad was pursuing", "warned Moscow") stands for its
      // country's government, but the object of a verb of going or striking is the city ("visited Tehran", "covering
      // Maseru", "shelled Kyiv"), so its country.
      const verb = view.tokens[view.tokens[at]!.head]?.lemma.toLowerCase() ?? '';
      const city = /^(obj|iobj)$/.test(rel) && PLACE_VERBS.has(verb);
      const capital = asActor && !city && !res.kb.countryByName(text) && res.kb.countryByCapital(text);
      emit(c, !asActor ? null : capital ? genericEntity({ ...c, agent: 'GOV' }) : countryEntity(c, c.country!));
      continue;
    }
    if (c.type === 'NORP' && c.country) {
      // A nationality word refers to its country ("Iraqi" → Iraq), in the country's chain.
      emit(c, countryEntity(c, c.country));
      continue;
    }
    if (c.type === 'NORP' || c.type === 'LOC') {
      emit(c, null);
      continue;
    }
    if (c.personal) {
      // A description in apposition is the person's role too: "Trump's special envoy, Steve Witkoff" serves the US.
      const apposed = personInApposition(c);
      emit(c, apposed ?? (namesOffice(c) ? null : (describedPerson(view, res, c, entities) ?? genericEntity(c))), apposed ? view.text(phraseStart(c), c.end) : null);
      continue;
    }
    emit(c, (c.type === 'ORG' && !c.country ? (organisationEndingAt.get(c.start) ?? organisationNamedBefore(c) ?? organisationNamedAfter(c)) : undefined) ?? describedCompany(c) ?? describedInstitution(c) ?? genericEntity(c));
  }

  /**
   * A country's name that a region of another country bears, in a document about that other country which names the
   * first by no other word and names other regions or towns of the other country, is the region: "Georgia" beside
   * Alabama and Pennsylvania in a story on the US, "Niger" in one on Nigeria's states; but not beside another country
   * ("Nigeria and Niger"), nor where "Georgian" or "Tbilisi" says which. A territory keeps its own code (Hong Kong, Guam), though the gazetteer lists it as a region.
   */
  function regionOfAnother(c: Candidate): boolean {
    const text = view.text(c.start, c.end);
    const key = nameKey(text);
    const region = c.country ? res.regionCountries.get(key) : undefined;
    if (!region || region === c.country || !res.kb.country(c.country!)?.unMember) return false;
    let named = regionNamed.get(key);
    if (named === undefined) {
      const others = candidates.filter((o) => nameKey(view.text(o.start, o.end)) !== key);
      // The other country's own regions named too ("Pennsylvania"; not a capital, "Washington"), and the country
      // itself no other way.
      const itsRegions = others.some((o) => o.type === 'LOC' && (res.regionCountries.get(nameKey(view.text(o.start, o.end))) === region || placeCountry(o) === region));
      named = itsRegions && !others.some((o) => o.country === c.country) && contextCountries(others)[0] === region;
      regionNamed.set(key, named);
    }
    if (!named) return false;
    // Conjuncts: one hangs on the other, or both on a third.
    const conjOf = (a: number) => (view.tokens[a]!.rel === 'conj' ? view.tokens[a]!.head : -1);
    const conjoined = (a: number, b: number) => conjOf(a) === b || conjOf(b) === a || (conjOf(a) >= 0 && conjOf(a) === conjOf(b));
    return !candidates.some((o) => o !== c && o.type === 'GPE' && !!o.country && !!res.kb.countryByName(view.text(o.start, o.end)) && conjoined(o.head, c.head));
  }

  /**
   * A place after a preposition that relates parties, on a word of relations between them: "relations with Beijing",
   * "its battle against Beijing", "the rivalry between Tokyo and Beijing" (not "flights between Beijing and Shanghai",
   * "an attack against Kyiv", "compared with London"). The agent of a passive is one anyway ("sanctioned by Beijing").
   */
  function actedWith(at: number): boolean {
    if (!/^(obl|nmod)$/.test(view.tokens[at]!.rel)) return false;
    let marker = '';
    for (let d = at - 1; d >= 0 && view.sameSentence(d, at) && at - d <= 3 && !marker; d--) if (view.tokens[d]!.head === at && view.tokens[d]!.rel === 'case') marker = view.lower[d]!;
    const head = view.tokens[at]!.head;
    return ACTOR_CASES.has(marker) && head >= 0 && RELATIONS.has(view.tokens[head]!.lemma.toLowerCase());
  }

  /**
   * "the company", "the firm": the organisation named last as a subject before it (else named last), when it is a
   * company of the knowledge base (of the description's country when it names one: "the Chinese company"), as
   * "the president" is the president named before. "PG&E announced via Twitter … The company apologized" is not
   * Twitter, and a company the knowledge base does not know leaves a generic business. Not "a company", "the parent
   * company" (another one), or "in the company of".
   */
  function describedCompany(c: Candidate): Entity | null {
    if (view.lower[c.start] !== 'the' || !COMPANY_NOUNS.has(view.lower[c.head]!) || c.head - c.start > 2 || view.lower[c.head + 1] === 'of') return null;
    if (view.lower.slice(c.start + 1, c.head).some((w) => OTHER_COMPANY.has(w))) return null;
    const named = namedOrganisations.findLast((o) => o.subject) ?? namedOrganisations.at(-1);
    const e = named?.entity;
    if (!e?.actorId || res.kb.actor(e.actorId)?.type !== 'company' || (c.country && e.country !== c.country)) return null;
    return e;
  }

  /**
   * "sworn in as governor", "succeeded him as Foreign Secretary", "the nomination for president": a description after
   * "as", or after "for" with no article, names the office, not one who holds it ("voted for the president" does).
   */
  function namesOffice(c: Candidate): boolean {
    const before = c.start - 1;
    if (before < 0 || view.tokens[before]!.head !== c.head || view.tokens[before]!.rel !== 'case') return false;
    return view.lower[before] === 'as' || (view.lower[before] === 'for' && view.tokens[c.start]!.upos !== 'DET');
  }

  /**
   * "Artsakh soldiers", "the Hezbollah fighters": a group the knowledge base knows, named by the proper nouns before
   * the head of a generic actor where the recogniser found no name, is the actor, as its members are.
   */
  function organisationNamedBefore(c: Candidate): Entity | null {
    let from = c.start;
    while (from < c.head && view.tokens[from]!.upos === 'DET') from++;
    if (from === c.head) return null;
    for (let i = from; i < c.head; i++) if (view.tokens[i]!.upos !== 'PROPN') return null;
    const e = resolveName({ ...c, start: from, end: c.head, type: 'ORG', named: true, role: null });
    // An armed or other group's members whatever the noun, else only a body of the noun's own sector: "the Vox
    // website" is no member of the Spanish party Vox.
    const actor = e?.kind === 'group' && e.actorId ? res.kb.actor(e.actorId) : null;
    return actor && (actor.type === 'group' || (e!.agent !== null && e!.agent === c.agent)) ? e : null;
  }

  /**
   * "Top diplomats from the Group of Seven", "fighters of Hamas": members named as being of or from a body the
   * knowledge base knows as an armed group, a party, an NGO or an international organisation are that body, as its
   * members named before it are ("Hamas fighters"). Not a company's or a state institution's ("officials of the
   * central bank" keep their own agent).
   */
  function organisationNamedAfter(c: Candidate): Entity | null {
    const prep = view.lower[c.end];
    // Members are counted: "intelligence from U.N. member states" is no member of the UN.
    if ((prep !== 'of' && prep !== 'from') || !/^NNP?S$/.test(view.tokens[c.head]!.xpos)) return null;
    const at = view.lower[c.end + 1] === 'the' ? c.end + 2 : c.end + 1;
    const body = candidates.find((o) => o.start === at && o.type === 'ORG' && o.named);
    if (!body || !view.sameSentence(c.head, at)) return null;
    const e = entityOf.has(body) ? entityOf.get(body)! : resolveName(body);
    remember(body, e);
    const actor = e?.actorId ? res.kb.actor(e.actorId) : null;
    return actor && MEMBER_BODIES.has(actor.type) ? e : null;
  }

  /**
   * "the International Court of Justice … The court regrets": "the" and the noun that heads the name of an
   * institution named before is that institution, when the last organisation with that noun is it or a description
   * of it (an unknown "Court of Appeal", or "a Moscow court", is not the court named before it). Not "the court of
   * appeal", another one.
   */
  function describedInstitution(c: Candidate): Entity | null {
    const noun = view.lower[c.head]!;
    if (view.lower[c.start] !== 'the' || c.head !== c.start + 1 || !INSTITUTION_NOUNS.has(noun) || view.lower[c.head + 1] === 'of') return null;
    return institutions.findLast((o) => o.noun === noun)?.body ?? null;
  }

  /** "the Trump administration", "Putin's government": the country of the person named right before. */
  function ownerCountry(c: Candidate): string | null {
    const possessive = c.start > 0 && /^['’]s?$/.test(view.words[c.start - 1]!);
    const before = personEndingAt.get(c.start) ?? (possessive ? personEndingAt.get(c.start - 1) : undefined);
    return before?.country ?? personAfterOf(c)?.country ?? null;
  }

  /** "the government of Abdrabbuh Mansur Hadi", "the regime of Bashar al-Assad": the person named right after "of", resolved ahead. */
  function personAfterOf(c: Candidate): Entity | null {
    // The name itself or the title peeled off it ("the government of President Abdrabbuh Mansur Hadi").
    const owner = view.lower[c.end] === 'of' ? (personStartingAt.get(c.end + 1) ?? roleOwner.get(c.end + 1)) : undefined;
    if (!owner || !view.sameSentence(c.end, owner.start)) return null;
    if (!entityOf.has(owner)) remember(owner, resolveName(owner));
    const e = entityOf.get(owner);
    return e?.kind === 'person' ? e : null;
  }

  /**
   * "The court's president, Judge Joan Donoghue, rejected", "Donoghue, the court's president, said": the person
   * named in apposition to a description of an office is the one it describes (resolved ahead when named after it).
   */
  function personInApposition(c: Candidate): Entity | null {
    const head = view.tokens[c.head]!;
    let name: Candidate | undefined;
    if (head.rel === 'appos') name = personCovering.get(head.head);
    for (let t = c.end; !name && t < view.tokens.length && view.sameSentence(t, c.head); t++) {
      if (view.tokens[t]!.head === c.head && view.tokens[t]!.rel === 'appos') name = personCovering.get(t);
    }
    // Not a name in brackets, which abbreviates ("Deputy Chief Minister (Dy CM)").
    if (!name || view.words[name.start - 1] === '(') return null;
    if (!entityOf.has(name)) remember(name, resolveName(name));
    const e = entityOf.get(name);
    return e?.kind === 'person' ? e : null;
  }

  /** The first word of the noun phrase a description heads, its possessor's included ("U.S. President Donald Trump's special envoy"). */
  function phraseStart(c: Candidate): number {
    const under = (i: number) => {
      for (let k = i, steps = 0; k >= 0 && steps < 12; k = view.tokens[k]!.head, steps++) if (k === c.head) return true;
      return false;
    };
    let start = c.start;
    while (start > 0 && view.sameSentence(start - 1, c.head) && under(start - 1)) start--;
    return start;
  }

  /** "foreign forces", "third states": a group the article's own country is not (but "the foreign ministry" is its). */
  function foreignGroup(c: Candidate): boolean {
    return /^NNP?S$/.test(view.tokens[c.head]!.xpos) && view.lower.slice(c.start, c.head).some((w) => OTHERS.has(w));
  }

  function genericEntity(c: Candidate): Entity | null {
    if (!c.agent) return null;
    const head = view.lower[c.head]!;
    const sentence = view.tokens[c.head]!.sentence;
    // "A Russian former spy … the former spy": a definite description takes the country the same noun had in the
    // last two sentences, when its words are that mention's ("the two governments" is not "the Chinese governments").
    const words = view.lower.slice(c.start + 1, c.end);
    const before = !c.country && view.lower[c.start] === 'the' ? headCountry.get(head) : undefined;
    const repeated = before && sentence - before.sentence <= 2 && words.every((w) => before.words.includes(w)) ? before.country : undefined;
    if (c.country) headCountry.set(head, { country: c.country, sentence, words: view.lower.slice(c.start, c.end) });
    const country = c.country ?? ownerCountry(c) ?? repeated ?? (isTransnationalSector(c.agent) || foreignGroup(c) ? null : home);
    const code = `${country ? (res.kb.country(country)?.cameo ?? country) : ''}${c.agent}`;
    const id = codeId(code);
    return byActor.get(id) ?? start({ ...c, country }, 'group', id, null);
  }

  const covered = new Uint8Array(view.tokens.length);
  for (const c of candidates) for (const [from, to] of [[c.start, c.end], [c.role?.start ?? 0, c.role?.end ?? 0]]) for (let i = from!; i < to!; i++) covered[i] = 1;
  for (const m of pronounMentions(view, entities, mentions, covered)) mentions.push(m);
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The person a description of an office refers to ("the president", "the Iraqi foreign minister", "the top Iraqi
 * diplomat"): a person already in the document whose office has the description's words, or else its agent,
 * and its country when the description names one; the most recent of the best.
 */
function describedPerson(view: TokenView, res: EntityResources, c: Candidate, entities: readonly Entity[]): Entity | null {
  const words = view.lower.slice(c.start, c.end).filter((w) => res.titles.has(w) && !/^(the|top|senior|former|acting)$/.test(w));
  // "the director-general" is no "undersecretary general": a title joined by a hyphen is matched whole.
  const joined = c.head >= 2 && view.words[c.head - 1] === '-';
  // "the vice president", "the Deputy Chief Minister" hold the lesser office, named from its modifier on.
  let lesser = c.head - 1;
  while (lesser >= c.start && !LESSER_OFFICE.has(view.lower[lesser]!)) lesser--;
  const head = joined ? `${view.lower[c.head - 2]!} ${view.lower[c.head]!}` : lesser >= c.start ? view.lower.slice(lesser, c.head + 1).join(' ') : view.lower[c.head]!;
  // A description headed by a title names one who holds it ("the director-general" is not the president).
  const headTitle = joined && res.titles.has(view.lower[c.head - 2]!) && res.titles.has(view.lower[c.head]!);
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of entities) {
    if (e.kind !== 'person' || e.last >= c.start) continue;
    if (c.country && e.country && c.country !== e.country) continue;
    const titleWords = e.titles.join(' ').replace(/\s*-\s*/g, ' ');
    // The office itself, not a lesser one: "the president" is no "vice president", "the prime minister" no "deputy
    // prime minister"; a lesser office is held only by one named with it.
    const offices = e.titles.map((t) => ` ${t.replace(/\s*-\s*/g, ' ')} `);
    const holds = offices.some((t) => {
      const at = t.indexOf(` ${head} `);
      return at >= 0 && (lesser >= c.start || !t.slice(0, at + 1).split(' ').some((w) => LESSER_OFFICE.has(w)));
    });
    if (!holds && (headTitle || lesser >= c.start || offices.some((t) => t.includes(` ${head} `)))) continue;
    let score = 0;
    if (holds) score += 4;
    score += words.filter((w) => titleWords.includes(w)).length;
    if (c.agent && e.agent === c.agent) score += 2;
    if (c.country && e.country === c.country) score += 1;
    // One who holds another office needs more than the agent alone: "China's U.N. ambassador" is no president,
    // "the top Iraqi diplomat" is the Iraqi foreign minister (agent and country).
    if (score >= (holds ? 2 : 3) && (score > bestScore || (score === bestScore && best && e.last > best.last))) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** The country named last before the sentence of token `at` (a description is not used for a country named beside it). */
function countryNamedBefore(view: TokenView, entities: readonly Entity[], at: number): Entity | null {
  const sentence = view.tokens[at]!.sentence;
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (e.kind !== 'country') continue;
    for (const h of e.heads) if (view.tokens[h]!.sentence < sentence && h > bestAt) {
      best = e;
      bestAt = h;
    }
  }
  return best;
}
