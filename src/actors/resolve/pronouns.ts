import type { Mention } from '../../model/index.js';
import type { TokenView } from '../../entities/context.js';
import type { Entity } from './entity.js';
import { FEMALE_BIT, MALE_BIT } from './sex.js';

// Pronouns refer to the person (he, she; not one known to be of the other sex) or group (they) last mentioned as
// the subject of a clause in the same or the previous sentences (see the windows), else to the last mentioned one. A pronoun without
// a referent yields no mention.

const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const PLURAL_NOUN = /^NNP?S$/;
/**
 * How many sentences back a pronoun looks: a person is followed further than a group, which "they" leaves for the
 * people, companies and crowds no actor names ("workers alerted the authorities. … Police were answering a call …
 * when they reached the scene": of 269 plural pronouns in the bundled examples resolved two sentences back or more,
 * a sample of 12 read by hand were all wrong).
 */
const PERSON_WINDOW = 3;
const GROUP_WINDOW = 1;

/** `covered` marks the tokens inside other mentions ("his" in "his counterpart"). */
export function pronounMentions(view: TokenView, entities: readonly Entity[], mentions: readonly Mention[], covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  // Mentions are in text order; walk the tokens and keep each entity's latest subject position up to here.
  const events = mentions.filter((m) => m.chain !== null && m.head !== undefined).map((m) => ({ at: m.head!, chain: m.chain! }));
  events.sort((a, b) => a.at - b.at);
  const last = new Map<number, number>();
  const lastSubject = new Map<number, number>();
  /** The group a plural noun heading one of its mentions names ("member states" of the EU), and the referent (or none) of each plural pronoun resolved. */
  const groupAt = new Map<number, Entity | null>();
  const byChain = new Map(entities.map((e) => [e.chain, e]));
  for (const m of mentions) {
    const e = m.chain === null || m.head === undefined ? undefined : byChain.get(m.chain);
    if (e && e.kind === 'group' && (e.plural || (PLURAL_NOUN.test(view.tokens[m.head!]!.xpos) && knownBody(e)))) groupAt.set(m.head!, e);
  }
  // A plural noun that no mention heads names the group an earlier mention headed by the same noun named ("190
  // passengers" ... "Freed passengers shaken by the incident told media they").
  const namedBefore = (t: number): Entity | null => {
    let found: Entity | null = null;
    let foundAt = -1;
    for (const [at, e] of groupAt) {
      if (at < t && at > foundAt && e && view.lower[at] === view.lower[t]) {
        found = e;
        foundAt = at;
      }
    }
    return found;
  };
  let next = 0;
  // The group a plural subject names: itself, the noun of a partitive ("thousands of protesters"), or none.
  const referent = (subject: number): Entity | null => {
    for (const t of [subject, ...dependents(view, subject).filter((c) => /^nmod/.test(view.tokens[c]!.rel))]) {
      const e = groupAt.get(t) ?? (PLURAL_NOUN.test(view.tokens[t]!.xpos) ? namedBefore(t) : null);
      if (e) return e;
    }
    return null;
  };
  for (let i = 0; i < view.tokens.length; i++) {
    while (next < events.length && events[next]!.at < i) {
      const { at, chain } = events[next++]!;
      last.set(chain, at);
      if (subjectLike(view, at)) lastSubject.set(chain, at);
    }
    const word = view.lower[i]!;
    const masculine = MASCULINE.has(word);
    const personal = masculine || FEMININE.has(word);
    const otherSex = masculine ? FEMALE_BIT : MALE_BIT;
    if ((!personal && !PLURAL.has(word)) || covered[i] || view.tokens[i]!.upos !== 'PRON' && view.tokens[i]!.upos !== 'DET' && view.tokens[i]!.upos) continue;
    const sentence = view.tokens[i]!.sentence;
    // A pronoun of the other sex than a person is known to be finds no referent rather than that person.
    const fits = (e: Entity) => (personal ? e.kind === 'person' && (e.sexes & (MALE_BIT | FEMALE_BIT)) !== otherSex : e.kind === 'group' && e.plural);
    const pick = (positions: Map<number, number>) => {
      let best: Entity | null = null;
      let bestAt = -1;
      for (const e of entities) {
        const at = positions.get(e.chain);
        if (at === undefined || !fits(e) || sentence - view.tokens[at]!.sentence > (personal ? PERSON_WINDOW : GROUP_WINDOW)) continue;
        if (at > bestAt) {
          best = e;
          bestAt = at;
        }
      }
      return best;
    };
    const subject = personal ? undefined : pluralSubjectBefore(view, i);
    const e = subject !== undefined ? referent(subject) : (ownSpeaker(view, i, entities, last, fits) ?? pick(lastSubject) ?? pick(last));
    if (!personal) groupAt.set(i, e);
    if (!e) continue;
    const t = view.tokens[i]!;
    out.push({ start: t.start, end: t.end, text: view.words[i]!, type: personal ? 'PER' : 'ORG', actorId: e.actorId, chain: e.chain, role: null, head: i });
  }
  return out;
}

/**
 * "U.S. Secretary of State Marco Rubio has said he hopes": the subject of a clause that complements a verb refers to
 * a person named inside that verb's subject, however the parser hung the name on its title ("Secretary of [State]
 * Marco Rubio"); not to a possessor there ("Trump's lawyer said he" is the lawyer).
 */
function ownSpeaker(view: TokenView, i: number, entities: readonly Entity[], last: ReadonlyMap<number, number>, fits: (e: Entity) => boolean): Entity | null {
  const clause = view.tokens[i]!.head;
  if (!/^nsubj/.test(view.tokens[i]!.rel) || clause < 0 || view.tokens[clause]!.rel !== 'ccomp') return null;
  const verb = view.tokens[clause]!.head;
  // The nearest, where a parser gave the verb two ("Trump approval During a visit …, Trump said").
  let subject = i - 1;
  while (subject >= 0 && view.sameSentence(subject, i) && !(view.tokens[subject]!.head === verb && view.tokens[subject]!.rel === 'nsubj')) subject--;
  if (subject < 0 || !view.sameSentence(subject, i)) return null;
  // The name nearest the subject's head in the tree.
  let best: Entity | null = null;
  let fewest = Infinity;
  for (const e of entities) {
    const at = last.get(e.chain);
    if (at === undefined || at > i || !fits(e)) continue;
    let t = at;
    let steps = 0;
    for (; steps < 5 && t !== subject && t >= 0 && /^(flat|compound|appos|nmod)$/.test(view.tokens[t]!.rel); steps++) t = view.tokens[t]!.head;
    if (t === subject && steps < fewest) {
      best = e;
      fewest = steps;
    }
  }
  return best;
}

/**
 * The plural subject of a clause the pronoun stands in, nearest first, named before it: the people "they" most
 * often stands for ("Rights groups and opposition lawmakers say they", "when people lack empathy, they", "officials
 * said rescuers ended their work"). Where no actor names that subject ("people", "rescuers"), the pronoun has no
 * referent rather than an older group's. An object of a clause with a subject is left to the nearest group as before.
 */
function pluralSubjectBefore(view: TokenView, i: number): number | undefined {
  const object = /^(obj|iobj|obl)/.test(view.tokens[i]!.rel);
  let clause = view.tokens[i]!.head;
  for (let steps = 0; clause >= 0 && steps < 8; steps++, clause = view.tokens[clause]!.head) {
    const rel = view.tokens[clause]!.rel;
    const own = dependents(view, clause);
    // An object whose clause has a subject stands for neither that subject nor one further up ("officials said the
    // rebels must release them"): the subjects say nothing of it.
    if (object && steps === 0 && own.some((d) => /^nsubj/.test(view.tokens[d]!.rel))) return undefined;
    let subject = own.find((d) => /^nsubj/.test(view.tokens[d]!.rel) && d < i);
    // A clause without a subject that complements a verb with an object is that object's ("ask voters to vote their conscience").
    if (subject === undefined && rel === 'xcomp') subject = dependents(view, view.tokens[clause]!.head).find((d) => view.tokens[d]!.rel === 'obj' && d < i);
    if (subject !== undefined) {
      const conjoined = dependents(view, subject).some((c) => view.tokens[c]!.rel === 'conj');
      // Not a plural name, which mostly names one body ("the United Nations says their").
      return view.tokens[subject]!.xpos === 'NNS' || PLURAL.has(view.lower[subject]!) || conjoined ? subject : undefined;
    }
    if (rel === 'root') break;
  }
  return undefined;
}

/** An organisation of the knowledge base, not a generic actor made of words ("80-year-old woman"). */
function knownBody(e: Entity): boolean {
  return e.actorId !== null && !e.actorId.startsWith('code:') && !e.actorId.startsWith('person:');
}

/** The tokens whose head is t, in t's sentence. */
function dependents(view: TokenView, t: number): number[] {
  const out: number[] = [];
  for (let d = t - 1; d >= 0 && view.sameSentence(d, t); d--) if (view.tokens[d]!.head === t) out.push(d);
  for (let d = t + 1; d < view.tokens.length && view.sameSentence(d, t); d++) if (view.tokens[d]!.head === t) out.push(d);
  return out;
}

/**
 * Whether the name at `at` is a subject or the agent of a passive ("was flagged by journalist Taha Bouhafs. He was
 * later detained"), also as a part of the phrase that is one: the rest of a name, an apposition, a conjunct.
 */
function subjectLike(view: TokenView, at: number): boolean {
  let t = at;
  for (let steps = 0; steps < 4 && /^(flat|appos|conj|compound)/.test(view.tokens[t]!.rel) && view.tokens[t]!.head >= 0; steps++) t = view.tokens[t]!.head;
  return /^(nsubj|nsubj:pass|obl:agent)$/.test(view.tokens[t]!.rel);
}
