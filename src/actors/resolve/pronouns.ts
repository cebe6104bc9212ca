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
  let next = 0;
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
    const e = ownSpeaker(view, i, entities, last, fits) ?? pick(lastSubject) ?? pick(last);
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
 * Whether the name at `at` is a subject or the agent of a passive ("was flagged by journalist Taha Bouhafs. He was
 * later detained"), also as a part of the phrase that is one: the rest of a name, an apposition, a conjunct.
 */
function subjectLike(view: TokenView, at: number): boolean {
  let t = at;
  for (let steps = 0; steps < 4 && /^(flat|appos|conj|compound)/.test(view.tokens[t]!.rel) && view.tokens[t]!.head >= 0; steps++) t = view.tokens[t]!.head;
  return /^(nsubj|nsubj:pass|obl:agent)$/.test(view.tokens[t]!.rel);
}
