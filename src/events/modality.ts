import type { FrameTable } from './rules/schema.js';
import { governingVerb } from './roles.js';
import type { Tree } from './tree.js';

/** How a predicate is stated: asserted, reported, intended, hoped, rejected, threatened, hypothetical; and whether it is negated. */
export interface Stance {
  modality: string;
  negated: boolean;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo', 'would', "'d"]);
const POSSIBLE = new Set(['may', 'might', 'could', 'can', 'ca']);
const OBLIGED = new Set(['must', 'should', 'ought']);
/** Adjectives that put an act named by a noun in the future, or make it only possible. */
const TO_COME = new Set(['planned', 'upcoming', 'proposed', 'scheduled', 'forthcoming', 'prospective', 'intended', 'impending']);
const MAYBE = new Set(['possible', 'potential', 'hypothetical', 'rumoured', 'rumored']);
/** Links through which a governor's meaning reaches its complement. */
const COMPLEMENTS = new Set(['xcomp', 'ccomp', 'obj', 'csubj', 'advcl', 'nsubj', 'acl']);

/** Reads a predicate's stance from its own words and from the verb (or adjective) that governs it. */
export class StanceReader {
  private readonly governors = new Map<string, string>();

  constructor(table: FrameTable) {
    for (const [modality, lemmas] of Object.entries(table.governors)) for (const l of lemmas) this.governors.set(l, modality);
  }

  read(tree: Tree, p: number): Stance {
    let negated = this.negated(tree, p) || yetTo(tree, p);
    let modality = 'asserted';
    const own = this.own(tree, p);
    if (own) modality = own;
    // "take a knife and attack the tourists": an order or a call is not an act that happened.
    else if (imperative(tree, p)) modality = 'hypothetical';
    // "will withdraw unless …" is a threat, not a plan.
    if (modality === 'intended' && tree.deps(p, 'advcl').some((a) => tree.deps(a, 'mark').some((k) => tree.lower(k) === 'unless'))) modality = 'threatened';
    const g = tree.head(p);
    const link = tree.base(p);
    // "did not meet … during the trip": an occasion of a negated act did not happen either.
    const occasion = tree.tokens[p]!.upos === 'NOUN' && link !== 'obj' ? governingVerb(tree, p) : -1;
    if (occasion >= 0 && this.negated(tree, occasion)) negated = true;
    // "developing plans to attack", parsed with the infinitive on the verb: the plan is what governs it.
    const plan = link === 'advcl' && tree.deps(p, 'mark').some((k) => tree.lower(k) === 'to') ? tree.deps(g, 'obj').find((o) => o < p && this.governors.get(tree.lemma(o)) === 'intended') : undefined;
    if (plan !== undefined && modality === 'asserted') modality = 'intended';
    else if (g >= 0 && COMPLEMENTS.has(link) && !(link === 'nsubj' && tree.tokens[p]!.upos !== 'NOUN')) {
      // The governor's own stance counts first: "did not plan to attack" is no plan.
      const kind = this.governors.get(tree.lemma(g));
      const conditional = link === 'advcl' && this.own(tree, p) === 'hypothetical';
      if (kind && !conditional && link !== 'nsubj') {
        if (kind === 'reported') {
          if (modality === 'asserted') modality = 'reported';
          if (tree.lemma(g) === 'deny') negated = !negated;
        } else if (kind === 'negated') negated = !negated;
        else if (modality === 'asserted' || modality === 'intended') modality = kind;
        if (kind !== 'reported' && kind !== 'negated' && this.negated(tree, g)) negated = !negated;
        const above = this.read(tree, g);
        if (above.modality === 'hypothetical') modality = 'hypothetical';
      } else if (link === 'advcl' || link === 'acl') {
        // "to protest", "in order to …" purposes and relative clauses keep their own stance.
      } else if (!kind && (link === 'xcomp' || link === 'ccomp')) {
        const above = this.read(tree, g);
        if (above.modality === 'hypothetical' || above.modality === 'intended') modality = modality === 'asserted' ? above.modality : modality;
        if (above.modality === 'reported' && modality === 'asserted') modality = 'reported';
      }
    }
    return { modality, negated };
  }

  /** Modals and conditional markers on the predicate itself (and on its copula for adjectives). */
  private own(tree: Tree, p: number): string | null {
    let found: string | null = null;
    for (const c of tree.children[p]!) {
      const lemma = tree.lower(c);
      // "Modi's upcoming visit", "a planned trip", "a possible meeting": an act named by a noun, still to come.
      // Not one qualified itself ("long-planned"), which may be past.
      if (tree.tokens[p]!.upos === 'NOUN' && tree.base(c) === 'amod' && !tree.children[c]!.some((k) => k < c && ['advmod', 'compound'].includes(tree.base(k)) || tree.form(k) === '-')) {
        if (TO_COME.has(lemma)) found ??= 'intended';
        else if (MAYBE.has(lemma)) found = 'hypothetical';
      }
      if (tree.base(c) === 'mark' && (lemma === 'if' || lemma === 'unless' || lemma === 'whether')) return 'hypothetical';
      if (tree.base(c) !== 'aux') continue;
      if (POSSIBLE.has(lemma)) found = 'hypothetical';
      else if (FUTURE.has(lemma)) found ??= 'intended';
      else if (OBLIGED.has(lemma)) found ??= 'demanded';
      else if (lemma === 'going' || lemma === 'to') found ??= null;
    }
    return found;
  }

  negated(tree: Tree, p: number): boolean {
    return tree.children[p]!.some((c) => (tree.base(c) === 'advmod' || tree.base(c) === 'neg' || tree.base(c) === 'det' || tree.base(c) === 'cc:preconj') && NEGATORS.has(tree.lower(c)) && !(tree.lower(c) === 'no' && tree.base(c) === 'advmod'));
  }

  isGovernor(lemma: string): string | undefined {
    return this.governors.get(lemma);
  }
}

/** "have yet to comment", "is yet to respond": an act still to come has not happened. */
function yetTo(tree: Tree, p: number): boolean {
  if (!tree.children[p]!.some((c) => tree.base(c) === 'mark' && tree.lower(c) === 'to')) return false;
  const yet = (x: number) => tree.children[x]!.some((c) => c < p && tree.base(c) === 'advmod' && tree.lower(c) === 'yet');
  const g = tree.head(p);
  return yet(p) || (g >= 0 && g < p && ['have', 'be'].includes(tree.lemma(g)) && yet(g));
}

/** A bare verb with no subject, auxiliary or "to" heading its sentence (or joined to one that does): an imperative. */
function imperative(tree: Tree, p: number, depth = 0): boolean {
  if (tree.tokens[p]!.xpos !== 'VB' || depth > 3) return false;
  if (tree.children[p]!.some((c) => /subj|^aux|^mark$/.test(tree.rel(c)) || tree.base(c) === 'aux' || tree.base(c) === 'mark')) return false;
  const rel = tree.base(p);
  if (rel === 'root' || rel === 'parataxis') return true;
  return rel === 'conj' && imperative(tree, tree.head(p), depth + 1);
}

