import { TIME_NOUNS } from '../nlp/time-words.js';
import type { Role, Rule } from './rules/schema.js';
import type { Tree } from './tree.js';

/** A rule that fired: its anchor (verb, noun or adjective) and, for support rules, the noun that carries the event. */
export interface Match {
  rule: Rule;
  anchor: number;
  noun: number | null;
  /** For verb rules with objects: the object that made the rule fire ("strengthened *ties* with Russia"). */
  object: number | null;
  /** For frame rules: the predicate whose code the frame maps ("urged X to *meet*"). */
  complement: number | null;
}

/** Verbs whose object, when they have one, is the subject of their infinitive ("urged Uganda to repatriate"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'persuade', 'force', 'invite', 'tell', 'allow', 'press', 'encourage', 'order', 'request', 'pressure', 'push', 'help', 'appeal', 'compel']);
const LISTING = new Set(['including', 'such as', 'like', 'among them']);

/** Words that tell who fills a role: doers ("launched an attack") and documents ("issued a statement condemning"). */
export interface RoleWords {
  readonly doers: ReadonlySet<string>;
  /** Verbs whose subject blames, tries or looks into an act named in their oblique ("blamed Pakistan for the attack"). */
  readonly judges: ReadonlySet<string>;
  /** Verbs whose subject tells of an act named in their about-, of- or to-phrase ("informed the Council about the attacks", "pointed to the attack"). */
  readonly tellers: ReadonlySet<string>;
  readonly documents: ReadonlySet<string>;
  readonly issuing: ReadonlySet<string>;
}

const NO_WORDS: RoleWords = { doers: new Set(), judges: new Set(), tellers: new Set(), documents: new Set(), issuing: new Set() };

/** The heads that fill `role` for a match, each expanded through coordination, apposition and "including" lists. */
export function fill(tree: Tree, m: Match, role: Role, words: RoleWords = NO_WORDS): number[] {
  return expand(tree, heads(tree, m, role, words).filter((h) => !isDateWord(tree, h)));
}

/** "appealed to the government on Friday": a time is never a side. */
function isDateWord(tree: Tree, h: number): boolean {
  return TIME_NOUNS.has(tree.lower(h)) || tree.tokens[h]!.upos === 'NUM' || /tmod/.test(tree.rel(h));
}

function heads(tree: Tree, m: Match, role: Role, words: RoleWords): number[] {
  const p = m.anchor;
  const colon = role.indexOf(':');
  if (colon > 0) {
    const kind = role.slice(0, colon);
    const preps = role.slice(colon + 1).split(' ').join(' ');
    // On the verb, or on the noun that carries the act: "strengthened ties [nmod with Russia]".
    const carrier = m.noun ?? m.object;
    const on = carrier === null ? [p] : [p, carrier];
    // An object with a preposition is a parser's slip for an oblique ("spoke with [obj President Putin]").
    const fits = (c: number) => (kind === 'obj' ? tree.base(c) === 'obj' : [kind, 'obl', 'nmod', 'obj'].includes(tree.base(c)));
    return on.flatMap((n) => tree.children[n]!.filter((c) => fits(c) && tree.prep(c) === preps.replace(/_/g, ' ')));
  }
  switch (role) {
    case 'subject': {
      // "he is prepared to", "is committed to": a passive form that is an adjective has its subject as the doer.
      if (m.rule.kind === 'adjective' && tree.passive(p) && !agentOf(tree, p).length) return tree.deps(p, 'nsubj');
      const own = subjectOf(tree, p);
      return own.length === 1 && own[0] === tree.head(p) && tree.base(p) === 'acl' ? issuerOf(tree, own[0]!, words) : own;
    }
    case 'object':
      return objectOf(tree, m.noun ?? p);
    case 'iobj':
      return tree.deps(p, 'iobj');
    case 'agent':
      return agentOf(tree, m.noun ?? p);
    case 'possessor':
      return possessorOf(tree, m.noun ?? p);
    case 'governor-subject': {
      const g = governingVerb(tree, p, words.doers);
      // "tried to implicate Pakistan in the attack on tourists": the one who blames or investigates an act, or tells
      // of it, did not do it.
      if (g >= 0 && judged(tree, p, g, words)) return [];
      if (g >= 0) return statedDoer(tree, g, p, words) ?? subjectOf(tree, g);
      const a = tree.head(p);
      return a >= 0 && tree.tokens[a]!.upos === 'ADJ' ? (statedDoer(tree, a, p, words) ?? []) : [];
    }
    case 'governor-object': {
      // "a roadside bombing killed one soldier": the noun may also be the verb's subject.
      const g = tree.base(p) === 'nsubj' ? tree.head(p) : governingVerb(tree, p);
      // "informed the Council about the attacks": who is told of an act is not its target.
      return g >= 0 && !judged(tree, p, g, words) ? objectOf(tree, g).filter((o) => o !== p) : [];
    }
    case 'clause-subject':
      return clauseSubject(tree, m.noun ?? p);
    case 'object-deep':
      return objectOf(tree, m.noun ?? p);
    case 'complement-subject': {
      // "refused to meet Putin": a complement whose subject is the rule's own has none of its own.
      if (m.complement === null) return [];
      const own = subjectOf(tree, p);
      return [...subjectOf(tree, m.complement), ...possessorOf(tree, m.complement)].filter((x) => !own.includes(x));
    }
    case 'complement-partner':
      return m.complement === null ? [] : partnerOf(tree, m.complement);
    case 'complement-object':
      return m.complement === null ? [] : objectOf(tree, m.complement);
    case 'governed':
      return tree.head(p) >= 0 && ['amod', 'acl'].includes(tree.base(p)) ? [tree.head(p)] : [];
    default:
      return [];
  }
}

const TOLD_OF = new Set(['about', 'of', 'on', 'over', 'regarding', 'concerning', 'to']);

/** Whether the act named at `p`, an oblique of verb `g`, is one that `g`'s subject blames, looks into or tells of. */
function judged(tree: Tree, p: number, g: number, words: RoleWords): boolean {
  if (tree.base(p) === 'obj' || tree.base(p) === 'nsubj') return false;
  return words.judges.has(tree.lemma(g)) || (words.tellers.has(tree.lemma(g)) && TOLD_OF.has(tree.prep(p) ?? ''));
}

/**
 * The verb a noun is an occasion or means of: "said *in a meeting*", "wounded two soldiers *in a bomb
 * attack*" (the parser may hang the phrase on the object: one more step up is allowed). -1 when none.
 */
export function governingVerb(tree: Tree, p: number, doers?: ReadonlySet<string>): number {
  if (!['obl', 'nmod', 'obj', 'advcl'].includes(tree.base(p))) return -1;
  const g = tree.head(p);
  if (g < 0) return -1;
  // "began an offensive" is done by its subject; "condemned the attack", "stopped the attack" are not.
  const does = (verb: number) => !doers || doers.has(tree.lemma(verb));
  if (tree.tokens[g]!.upos === 'VERB' || tree.tokens[g]!.upos === 'AUX') return tree.base(p) !== 'obj' || does(g) ? g : -1;
  const up = tree.head(g);
  // "condemned the wave of attacks": the same holds one noun up.
  return tree.base(p) === 'nmod' && tree.rel(g) === 'obj' && up >= 0 && tree.tokens[up]!.upos === 'VERB' && does(up) ? up : -1;
}

/** The doer: the active subject, the by-agent of a passive, or the subject inherited from the governing verb. */
export function subjectOf(tree: Tree, v: number, depth = 0): number[] {
  if (depth > 4) return [];
  if (tree.passive(v)) return agentOf(tree, v);
  const own = tree.deps(v, 'nsubj').filter((s) => tree.rel(s) !== 'nsubj:pass');
  if (own.length) {
    // "who" in a relative clause stands for the noun the clause modifies.
    if (tree.base(v) === 'acl' && ['who', 'which', 'that'].includes(tree.lemma(own[0]!))) return [tree.head(v)];
    return own;
  }
  // "The United States on Thursday demanded": a parser thrown by the time between subject and verb
  // leaves the subject as an unmarked nominal on the left.
  const left = tree.children[v]!.filter((c) => c < v && ['obl', 'nmod'].includes(tree.base(c)) && tree.prep(c) === null && ['PROPN', 'NOUN', 'PRON'].includes(tree.tokens[c]!.upos) && !/tmod|npmod|unmarked/.test(tree.rel(c)));
  if (left.length) return left.slice(0, 1);
  const g = tree.head(v);
  if (g < 0) return [];
  const rel = tree.base(v);
  if (rel === 'xcomp') {
    // "asked Tanzania to release": the one asked, whom a parser may also make an indirect object.
    if (OBJECT_CONTROL.has(tree.lemma(g))) {
      const asked = objectOf(tree, g);
      const obj = asked.length ? asked : tree.deps(g, 'iobj');
      if (obj.length) return obj;
    }
    // "Politicians were reported by local media to have visited the hospital": under a passive the one who does the
    // infinitive is the passive subject, not the by-agent.
    const raised = tree.passive(g) ? objectOf(tree, g) : [];
    return raised.length ? raised : subjectOf(tree, g, depth + 1);
  }
  if (rel === 'conj' || rel === 'advcl') return subjectOf(tree, g, depth + 1);
  // "said the Iraqi nation are grateful": a parser that takes the subject for the verb's object.
  // … or hangs the subject on it as a clause of its own ("said [ccomp envoy], Steve Witkoff, spoke").
  if (rel === 'ccomp') {
    const nominal = (o: number) => tree.base(o) === 'obj' || (tree.base(o) === 'ccomp' && ['NOUN', 'PROPN'].includes(tree.tokens[o]!.upos));
    return tree.children[g]!.filter((o) => o < v && o > g && nominal(o)).slice(-1);
  }
  if (rel === 'acl') return [g];
  return [];
}

/**
 * "Serb forces were engaged in ethnic cleansing", "the government is responsible for mass killings": a doer in the
 * passive (with no agent) or an adjective of doing gives its subject as the doer of the act its oblique names.
 * Null when `g` is neither.
 */
function statedDoer(tree: Tree, g: number, p: number, words: RoleWords): number[] | null {
  if (tree.base(p) !== 'obl' || !words.doers.has(tree.lemma(g))) return null;
  const adjective = tree.tokens[g]!.upos === 'ADJ';
  if (!adjective && !(tree.passive(g) && !agentOf(tree, g).length)) return null;
  return tree.deps(g, 'nsubj').filter((s) => s !== p);
}

/**
 * "published a declaration demanding reforms", "issued a statement condemning the raid": a document
 * says what its issuer says, so the act of its clause is the issuer's. Other nouns stay the doer, and so does a
 * document someone found, received or rejected.
 */
function issuerOf(tree: Tree, n: number, words: RoleWords): number[] {
  if (!words.documents.has(tree.lemma(n)) || tree.base(n) !== 'obj' || !words.issuing.has(tree.lemma(tree.head(n)))) return [n];
  const issuer = subjectOf(tree, tree.head(n));
  return issuer.length ? issuer : [n];
}

/** What is acted on: the object, the passive subject, or the noun a passive participle modifies. */
export function objectOf(tree: Tree, v: number): number[] {
  if (tree.passive(v)) {
    const s = tree.deps(v, 'nsubj:pass');
    if (s.length) return s;
    // "was martyred" with its subject labelled nsubj: the passive auxiliary says it is the patient.
    const plain = tree.deps(v, 'nsubj');
    if (plain.length) return plain;
    if (tree.base(v) === 'acl') return [tree.head(v)];
    return tree.base(v) === 'conj' ? objectOf(tree, tree.head(v)) : [];
  }
  const obj = tree.deps(v, 'obj');
  if (obj.length) return obj;
  // A parser that misses the object often leaves it as an unmarked oblique: "arrested 100 Palestinians".
  if (tree.tokens[v]!.upos === 'VERB') {
    const bare = tree.children[v]!.filter((c) => tree.base(c) === 'obl' && c > v && tree.prep(c) === null && tree.tokens[c]!.upos !== 'NUM' && !/^(obl:tmod|obl:npmod|obl:unmarked)$/.test(tree.rel(c)));
    if (bare.length) return bare.slice(0, 1);
  }
  // A noun's object is its "of" dependent: "the assassination of X".
  const of = tree.children[v]!.filter((c) => tree.base(c) === 'nmod' && tree.prep(c) === 'of');
  if (of.length || tree.tokens[v]!.upos === 'VERB') return of;
  // "the assassination early last year of X": the parser may hang the of-phrase on the time; take the next one before any verb.
  for (let x = v + 1; x < Math.min(tree.tokens.length, v + 12) && tree.tokens[x]!.sentence === tree.tokens[v]!.sentence; x++) {
    if (tree.tokens[x]!.upos === 'VERB') break;
    if (tree.prep(x) === 'of' && tree.tokens[x]!.upos !== 'ADJ') return [x];
  }
  return [];
}

function agentOf(tree: Tree, v: number): number[] {
  return tree.children[v]!.filter((c) => tree.rel(c) === 'obl:agent' || ((tree.base(c) === 'obl' || tree.base(c) === 'nmod') && tree.prep(c) === 'by'));
}

/** Who owns a nominal event: "Iran's support", "the US attack", "US-led forces", "a Turkish offensive". */
export function possessorOf(tree: Tree, n: number): number[] {
  const out = tree.children[n]!.filter((c) => {
    const rel = tree.rel(c);
    if (rel === 'nmod:poss') return true;
    if (tree.base(c) === 'compound' || rel === 'amod') return /^[A-Z]/.test(tree.form(c));
    return false;
  });
  return out.sort((a, b) => a - b);
}

/** The subject of a clausal complement ("hope that the US would …"), or of a nominal one ("called for the withdrawal of X"). */
function clauseSubject(tree: Tree, p: number): number[] {
  for (const c of tree.children[p]!) {
    if (['ccomp', 'acl', 'xcomp', 'advcl'].includes(tree.base(c))) {
      const s = tree.deps(c, 'nsubj');
      if (s.length) return s;
    }
  }
  return [];
}

const PARTNER_PREPS = ['with', 'to', 'toward', 'towards', 'against', 'between', 'from', 'on'];
const MEETINGS = new Set(['meet', 'meeting', 'talk', 'summit', 'conference', 'visit', 'session', 'round']);

/** Whom a complement act is with, toward or away from: "expanding ties *with Tehran*", "provide aid *to Kenya*", "secede *from the Union*", "impose sanctions *on Belarus*". */
function partnerOf(tree: Tree, c: number): number[] {
  for (const n of [c, ...tree.deps(c, 'obj')]) {
    // "agreed to a future meet on Crete": a meeting's on-phrase is where or what about, not with whom.
    const preps = MEETINGS.has(tree.lemma(n)) ? PARTNER_PREPS.filter((p) => p !== 'on') : PARTNER_PREPS;
    const hit = tree.children[n]!.filter((d) => preps.includes(tree.prep(d) ?? ''));
    if (hit.length) return hit;
  }
  return tree.deps(c, 'iobj');
}

/** Each head with the heads coordinated or in apposition with it, and the members of "including …" lists. */
export function expand(tree: Tree, heads: readonly number[]): number[] {
  const out: number[] = [];
  const visit = (h: number, depth: number) => {
    if (out.includes(h) || depth > 3) return;
    out.push(h);
    for (const c of tree.children[h]!) {
      // "according to prosecutor X" names who says so, wherever the parser hung it.
      if (tree.prep(c) === 'according') continue;
      if (tree.base(c) === 'conj' && tree.tokens[c]!.upos !== 'VERB') visit(c, depth + 1);
      else if (tree.base(c) === 'appos' || tree.base(c) === 'list') visit(c, depth + 1);
      else if ((tree.base(c) === 'nmod' || tree.base(c) === 'obl') && LISTING.has(tree.prep(c) ?? '')) visit(c, depth + 1);
    }
  };
  for (const h of heads) {
    visit(h, 0);
    // An "including …" list the parser hung elsewhere: the first phrase marked "including" right after the head.
    for (let x = h + 1; x < Math.min(tree.tokens.length, h + 5) && tree.tokens[x]!.sentence === tree.tokens[h]!.sentence; x++) {
      if (tree.children[x]!.some((c) => tree.base(c) === 'case' && LISTING.has(tree.lower(c)) && c < x)) visit(x, 1);
    }
  }
  return out;
}
