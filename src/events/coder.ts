import type { Doc, Event } from '../model/index.js';
import { ActorIndex, type Side } from './actors.js';
import { buildEvent } from './build.js';
import { linkEpisodes, mergeDuplicates } from './merge.js';
import { StanceReader } from './modality.js';
import type { Ontology } from './ontology/index.js';
import { propose, type Candidate } from './propose.js';
import type { Rules } from './rules/load.js';
import { NO_EVENT } from './rules/schema.js';
import { settle } from './settle.js';
import { Tree } from './tree.js';
import { Situator } from './when-where.js';

export interface CoderOptions {
  /**
   * Which sides must be known actors for an event to be kept (default 'both'):
   * 'either' keeps events with one side unresolved, 'none' keeps every
   * proposal (for measuring the rules on sentences without an actors layer).
   */
  require?: 'both' | 'either' | 'none';
  /**
   * When no actors layer is available (sentence sets), a side also counts as
   * an actor when its head is a proper noun or one of these generic actor
   * words (police, army, rebels …). Default: none.
   */
  actorWords?: ReadonlySet<string>;
}

export type Coder = (doc: Readonly<Doc>) => Event[];

/**
 * Proposes candidates from the rules, then refines them in order: the stance
 * settles the code (or drops what did not happen), actors fill the sides,
 * each clause gives its date and place, episodes share their date, and
 * duplicates merge.
 */
export function createCoder(ontology: Ontology, rules: Rules, options: CoderOptions = {}): Coder {
  const stance = new StanceReader(rules.frames);
  const require = options.require ?? 'both';
  return (doc) => {
    if (!doc.tokens.length) return [];
    const tree = new Tree(doc.tokens, doc.article.text);
    const actors = new ActorIndex(doc, tree, rules.sideWords);
    const needed = (c: Candidate) => (require === 'both' ? 2 : require === 'either' || c.match.rule.needsActors ? 1 : 0);
    // The lemmatiser keeps some plural nouns ("troops"): the noun without its -s counts too.
    const named = (i: number) => tree.tokens[i]!.upos === 'PROPN' || options.actorWords!.has(tree.lemma(i)) || (tree.tokens[i]!.upos === 'NOUN' && options.actorWords!.has(tree.lower(i).replace(/s$/, '')));
    // "Soviet advisers", "Kurdish militias": a name or nationality inside the phrase names the actor.
    const isActor = (s: Side) => !!s.code || (!!options.actorWords && s.token >= 0 && (named(s.token) || tree.children[s.token]!.some((c) => ['compound', 'amod', 'nmod:poss'].includes(tree.rel(c)) && /^[A-Z]/.test(tree.form(c)))));
    // Rules with common non-political readings ("fans attacked the decision") take no side that names no actor.
    const partnerWords = new Set(rules.frames.partnerWords);
    // "expressed optimism that bilateral trade would rise": toward the other party of the dyad just named.
    const partnerOf = (c: Candidate) => (source: Side) => {
      const words = c.match.complement !== null ? tree.subtree(c.match.complement) : tree.phrase(c.match.anchor);
      const country = actors.countryOf(source);
      if (!country || !words.some((i) => partnerWords.has(tree.lemma(i)))) return null;
      return actors.partnerBefore(c.match.anchor, country);
    };
    const known = (c: Candidate, s: Side, t: Side) =>
      Number(isActor(s)) + Number(isActor(t)) >= needed(c) && (!c.match.rule.needsActors || [s, t].every((x) => x.token < 0 || isActor(x)));
    // A partner of the predicate itself ("met Putin", "talks with Iraq"), not the object of what was agreed ("agreed to expand trade").
    const mutual = (c: Candidate) => (t: Side) => t.token >= 0 && [c.match.anchor, c.match.noun].includes(tree.head(t.token)) && (tree.base(t.token) === 'obj' || ['with', 'between'].includes(tree.prep(t.token) ?? ''));
    // People who speak rather than fight: a commander or a rebel leader who attacks does so with force.
    const people = new Set(doc.actors.filter((a) => a.type === 'person' && !FIGHTERS.has(a.agent ?? '')).map((a) => a.id));
    const situator = new Situator(doc, tree, rules.roleWords.doers);
    const events: Event[] = [];
    let first = 0;
    while (first < doc.tokens.length) {
      let last = first;
      while (last < doc.tokens.length && doc.tokens[last]!.sentence === doc.tokens[first]!.sentence) last++;
      for (const c of propose(tree, rules, stance, first, last)) {
        let code = settle(rules, ontology, c.code, c.stance.modality, c.stance.negated);
        if (!code) continue;
        if (c.match.rule.contest && scoreOrMargin(tree, c.match.anchor)) continue;
        const date = situator.date(c);
        const at = { date: date.date, time: date.token, place: situator.place(c) };
        // "refused to meet Kim", "will visit Ankara": only the one who refused or intends it; the partner did nothing yet.
        const oneSided = code.slice(0, 2) !== c.code.slice(0, 2);
        for (const pair of pairs(c, actors, tree, known, partnerOf(c), mutual(c))) {
          if (oneSided && pair[0].token >= 0 && !c.sources.includes(pair[0].token) && c.targets.includes(pair[0].token)) continue;
          // "spoke with VOA": talking to the press is an interview, not a consultation (a meeting or a visit stays).
          if ((code === '040' || code === '041') && TALK.has(tree.lemma(c.match.anchor)) && pair.some(isPress)) continue;
          if (c.appealCode && c.appealTargets.includes(pair[1].token) && isActor(pair[1]) && pair[1].text !== pair[0].text) code = c.appealCode;
          // … and so do news outlets named: "Freedom Magazine, which attacked high-ranking defectors" is criticism;
          // "angry journalists attacked police officers" is not.
          const outlet = pair[0].token >= 0 && tree.tokens[pair[0].token]!.upos === 'PROPN' && isPress(pair[0]) && !isForce(pair[0]);
          const speaker = (pair[0].actorId !== null && people.has(pair[0].actorId)) || outlet;
          const byPerson = c.match.rule.byPerson && speaker ? c.match.rule.byPerson : null;
          if (byPerson === NO_EVENT) continue;
          const betweenForces = c.match.rule.betweenForces && code === c.code && pair.every(isForce) ? c.match.rule.betweenForces : null;
          events.push(buildEvent(doc, tree, ontology, c, byPerson ?? betweenForces ?? code, pair, at));
        }
      }
      first = last;
    }
    return mergeDuplicates(linkEpisodes(events));
  };
}

const ALTERNATIVE = new Set(['or', 'nor']);

const MARGINS = new Set(['point', 'goal', 'run', 'wicket', 'vote', 'seat', 'stroke', 'set', 'length', 'second', 'shot']);

/** "beat Argentina 3-0", "won by 20 points": a score (number, dash, number) or a margin given with "by" under the verb. */
function scoreOrMargin(tree: Tree, verb: number): boolean {
  const phrase = tree.subtree(verb);
  const score = phrase.some((i) => i + 2 < tree.tokens.length && tree.tokens[i]!.upos === 'NUM' && /^[-–]$/.test(tree.form(i + 1)) && tree.tokens[i + 2]!.upos === 'NUM') || phrase.some((i) => /^\d+[-–]\d+$/.test(tree.form(i)));
  return score || tree.children[verb]!.some((k) => tree.prep(k) === 'by' && MARGINS.has(tree.lemma(k)));
}

const TALK = new Set(['speak', 'talk', 'tell', 'telephone', 'phone', 'call', 'chat', 'discuss']);

/** The three-letter parts of a side's code ("USAGOVMED" → USA, GOV, MED). */
const codeParts = (s: Side): string[] => s.code.match(/.{3}/g) ?? [];

const isPress = (s: Side) => codeParts(s).includes('MED');

const FIGHTERS = new Set(['MIL', 'REB', 'UAF', 'INS', 'SPY', 'COP', 'CRM', 'SEP']);

const NOBODY: Side = { actorId: null, code: '', text: '', token: -1 };

/** Agents of armed forces, whose backing of one another is military cooperation. */
const ARMED = new Set(['MIL', 'REB', 'UAF', 'INS', 'SEP']);

/** Whether a side is an armed force: its code has an armed agent ("USAMIL", "SOMUAF"). */
const isForce = (s: Side) => codeParts(s).some((a) => ARMED.has(a));

/** Every source with every target (both ways for symmetric acts), without self-pairs, kept as `require` says. */
function pairs(c: Candidate, actors: ActorIndex, tree: Tree, known: (c: Candidate, s: Side, t: Side) => boolean, partner: (source: Side) => Side | null, mutual: (t: Side) => boolean): [Side, Side][] {
  let sources = oneActorEach(c.sources.map((i) => actors.sideAt(i)), actors, tree);
  // A target that is also the source ("NATO declined to comment": the commenter) is no target.
  let targets = oneActorEach(c.targets.filter((i) => !c.sources.includes(i)).map((i) => actors.targetAt(i)), actors, tree);
  // Places no actor resolved on both sides are clubs or towns: "Chelsea beat Tottenham" is football ("Bonn rejected
  // calls by East Germany's rulers" keeps its source, "rebels shelled Kharkiv" its target).
  if (targets.length && targets.every((t) => t.place)) sources = sources.filter((s) => !s.place);
  // "welcomed the formation of a commission … with Iraq": the nearest actor inside the object.
  if (c.deepTarget !== null && !targets.some((t) => t.actorId)) {
    const deep = actors.nearestInside(c.deepTarget);
    if (deep) targets = [deep];
  }
  const out: [Side, Side][] = [];
  const add = (s: Side, t: Side) => {
    if (s.token === t.token && s.token >= 0) return;
    if (s.actorId && s.actorId === t.actorId) return;
    if (s.code && s.code === t.code) return;
    if (!known(c, s, t)) return;
    if (c.match.rule.needsTarget && t.token < 0) return;
    if (!out.some(([a, b]) => a.token === s.token && b.token === t.token)) out.push([s, t]);
  };
  const srcs = sources.length ? sources : [NOBODY];
  // "the mutual defense treaty between the United States and the Philippines": a dyad among the sources is the pair;
  // a target that is the source ("NATO declined to comment") leaves none to imply either.
  const dyadNamed = targets.some((t) => t.code) || c.targets.some((i) => c.sources.includes(i));
  for (const s of srcs) {
    const implied = dyadNamed ? null : partner(s);
    for (const t of implied ? [implied] : targets.length ? targets : [NOBODY]) add(s, t);
  }
  if (c.match.rule.symmetric) {
    // "met Erdogan", "talks with Iraq": the partner took part too; "agreed to impose sanctions on Russia": Russia did not.
    const partners = targets.filter(mutual);
    for (const s of srcs) for (const t of partners) add(t, s);
    // "Iran and Iraq agreed": each with each; not "companies or governments", which are alternatives.
    const alternatives = sources.some((s) => s.token >= 0 && tree.children[s.token]!.some((k) => tree.rel(k) === 'cc' && ALTERNATIVE.has(tree.lower(k))));
    if (!partners.length && !alternatives) for (const s of sources) for (const t of sources) if (!rivalSubjects(tree, s, t) && !oneReferent(tree, s, t)) add(s, t);
  }
  return out;
}

/**
 * Whether two sides are two subjects a parser gave one verb ("while China is bullying Taiwan, more people are speaking
 * up for Taiwan", with both "Taiwan" and "people" subjects of "speaking"): a verb has one subject, which may be a
 * coordination ("Iran and Iraq agreed").
 */
function rivalSubjects(tree: Tree, a: Side, b: Side): boolean {
  if (a.token < 0 || b.token < 0 || tree.head(a.token) !== tree.head(b.token) || tree.base(a.token) !== 'nsubj' || tree.base(b.token) !== 'nsubj') return false;
  // … unless the later goes on as a list the parser broke off ("the delegations of Cyprus, [Greece] and Israel").
  const later = Math.max(a.token, b.token);
  return !tree.children[later]!.some((k) => tree.base(k) === 'conj' && tree.children[k]!.some((c) => tree.base(c) === 'cc'));
}

/**
 * Whether two sides name one referent: a side and the description in apposition to it ("de Blasio, a member of the
 * Democratic Party, spoke"), or two parts of one description ("Adam Kokesh, an Iraq War veteran, activist and radio
 * host, spoke": not Iraq with the activist). A description is headed by a common noun; a name in apposition is more
 * often the next item of a list the parser misread ("Netanyahu and energy minister Yuval Steinitz, Greek prime
 * minister Kyriakos Mitsotakis"), and a conjunct's apposition describes the conjunct ("Trump and Turkish President
 * Erdogan spoke").
 */
function oneReferent(tree: Tree, a: Side, b: Side): boolean {
  if (a.token < 0 || b.token < 0) return false;
  const da = descriptionAt(tree, a.token);
  const db = descriptionAt(tree, b.token);
  if (da >= 0 && da === db) return true;
  const describes = (d: number, x: number) => d >= 0 && !tree.within(x, d) && (joined(tree, tree.head(d), x) || joined(tree, x, tree.head(d)));
  return describes(db, a.token) || describes(da, b.token);
}

/** The common-noun apposition a word is part of, below any verb, or -1. */
function descriptionAt(tree: Tree, x: number): number {
  for (let k = x, steps = 0; k >= 0 && steps < 20; k = tree.head(k), steps++) {
    if (tree.base(k) === 'appos' && tree.tokens[k]!.upos === 'NOUN') return k;
    if (tree.tokens[k]!.upos === 'VERB' || tree.tokens[k]!.upos === 'AUX') return -1;
  }
  return -1;
}

/** Whether `x` is inside the phrase of `to` without a coordination between them. */
function joined(tree: Tree, x: number, to: number): boolean {
  for (let k = x, steps = 0; k >= 0 && steps < 20; k = tree.head(k), steps++) {
    if (k === to) return true;
    if (tree.base(k) === 'conj') return false;
  }
  return false;
}

/**
 * "Trump and Turkish President Erdogan", parsed with "Turkish" as a conjunct of its own: a country named just
 * before an actor of that country (a side or not: the parser may hang the name elsewhere) is that actor's
 * nationality, not a side; nor is a word of the role printed before a side's name ("Japan's Prime Minister Shinzo
 * Abe met …").
 */
function oneActorEach(sides: Side[], actors: ActorIndex, tree: Tree): Side[] {
  const ofCountry = (s: Side, t: Side) => t.code.length > 3 && t.code.startsWith(s.code) && t.token > s.token && t.token - s.token <= 3;
  // A name the parser hung elsewhere counts only inside the same run of proper nouns ("Turkish President Erdogan",
  // not "Iran, Iranian state media").
  const namedAfter = (s: Side) => {
    for (let t = s.token + 1; t <= s.token + 3 && t < actors.size && tree.tokens[t]!.upos === 'PROPN'; t++) if (ofCountry(s, actors.sideAt(t))) return true;
    return false;
  };
  const nationality = (s: Side) => s.code.length === 3 && s.token >= 0 && (sides.some((t) => t !== s && ofCountry(s, t)) || namedAfter(s));
  // "Sweden's Minister of Justice, Gunnar Strömmer", "former New Jersey governor Chris Christie": the role printed
  // before a side's name describes that side.
  const inRoleOf = (s: Side) => {
    const holder = s.token >= 0 ? actors.roleHolder(s.token) : null;
    return holder !== null && holder !== s.actorId && sides.some((t) => t !== s && t.actorId === holder);
  };
  return sides.filter((s) => !nationality(s) && !inRoleOf(s));
}

