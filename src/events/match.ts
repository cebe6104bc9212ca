import type { Rules } from './rules/load.js';
import type { Rule } from './rules/schema.js';
import type { Match } from './roles.js';
import type { Tree } from './tree.js';

const UPOS: Record<Rule['kind'], ReadonlySet<string>> = {
  verb: new Set(['VERB']),
  support: new Set(['VERB']),
  noun: new Set(['NOUN', 'PROPN']),
  adjective: new Set(['ADJ', 'VERB']),
};

/** The most specific rule that fires at token `i`, or null: rules with objects, particles, modifiers or prepositions beat bare ones. */
export function matchAt(tree: Tree, rules: Rules, i: number): Match | null {
  let best: { m: Match; score: number } | null = null;
  for (const rule of rules.byWord(tree.lemma(i), tree.form(i))) {
    if (!UPOS[rule.kind].has(tree.tokens[i]!.upos)) continue;
    const noun = rule.kind === 'support' ? supportNoun(tree, rules.measureWords, rule, i) : null;
    if (rule.kind === 'support' && noun === null) continue;
    const object = rule.objects && rule.kind !== 'support' ? objectOfWords(tree, rules.measureWords, rule.objects, i) : null;
    if (object === -1) continue;
    if (rule.transitive && !hasDirectObject(tree, i)) continue;
    // The parser may label a particle as an adverb or a preposition ("handed over the suspects").
    if (rule.particle && !tree.children[i]!.some((c) => tree.lower(c) === rule.particle && ['compound', 'advmod', 'case', 'obl', 'mark'].includes(tree.base(c))) && !(i + 1 < tree.tokens.length && tree.lower(i + 1) === rule.particle)) continue;
    if (rule.modifiers && !modifiers(tree, i).some((c) => isWord(tree, c, rule.modifiers!))) continue;
    if (rule.prep && ![i, noun ?? i].some((n) => hasPrep(tree, rule.prep!, n))) continue;
    // "he is prepared to lift the ban": a passive participle with no agent reads as the adjective.
    const adjectival = rule.kind === 'adjective' && tree.passive(i) ? 1 : 0;
    const score = (rule.objects ? 2 : 0) + (rule.particle ? 2 : 0) + (rule.modifiers ? 2 : 0) + (rule.prep ? 1 : 0) + adjectival;
    if (!best || score > best.score) best = { m: { rule, anchor: i, noun, object, complement: null }, score };
  }
  return best?.m ?? null;
}

/**
 * The noun a light verb takes as its object (or passive subject): "held *talks*", "expressed *hope*". Before a
 * that-clause the tagger may read the noun as a verb and the parser make it a complement clause with no subject
 * ("expressed [ccomp hope] that …"): that counts as the object too.
 */
function supportNoun(tree: Tree, measures: ReadonlySet<string>, rule: Rule, v: number): number | null {
  for (const c of tree.children[v]!) {
    const rel = tree.rel(c);
    const clauseNoun = (rel === 'ccomp' || rel === 'xcomp') && c === v + 1 && !tree.children[c]!.some((d) => tree.base(d) === 'nsubj');
    if (rel !== 'obj' && rel !== 'nsubj:pass' && tree.base(c) !== 'obl' && !clauseNoun) continue;
    const noun = objectWord(tree, measures, c, rule.objects!);
    if (noun >= 0) return noun;
  }
  return null;
}

/** Compound and adjective modifiers of a noun, with the compounds inside them ("*car* bomb explosion"). */
function modifiers(tree: Tree, i: number): number[] {
  const direct = tree.children[i]!.filter((c) => ['compound', 'amod'].includes(tree.base(c)));
  return [...direct, ...direct.flatMap((c) => tree.children[c]!.filter((d) => tree.base(d) === 'compound'))];
}

/** Whether the token's lemma, or its spelling without a plural ending, is one of the words ("supplies" → supply). */
function isWord(tree: Tree, i: number, words: readonly string[]): boolean {
  const lower = tree.lower(i);
  return words.includes(tree.lemma(i)) || words.includes(lower) || words.includes(lower.replace(/s$/, '')) || words.includes(lower.replace(/es$/, '')) || words.includes(lower.replace(/ies$/, 'y'));
}

/** The object itself, or what a part or measure word in its place is of; -1 when neither is one of the words. */
function objectWord(tree: Tree, measures: ReadonlySet<string>, c: number, words: readonly string[]): number {
  if (isWord(tree, c, words)) return c;
  if (!measures.has(tree.lemma(c))) return -1;
  return tree.children[c]!.find((n) => tree.base(n) === 'nmod' && tree.prep(n) === 'of' && isWord(tree, n, words)) ?? -1;
}

/**
 * A direct object or a passive subject, or the noun the verb modifies when that noun is what it acts on: "the
 * statues returned to Benin", "the prisoners Russia returned" (not "the minister, who returned to Paris").
 */
function hasDirectObject(tree: Tree, v: number): boolean {
  if (tree.children[v]!.some((c) => ['obj', 'nsubj:pass'].includes(tree.rel(c)))) return true;
  if (tree.rel(v) === 'acl') return tree.tokens[v]!.xpos === 'VBN';
  return tree.rel(v) === 'acl:relcl' && tree.children[v]!.some((c) => tree.base(c) === 'nsubj' && !RELATIVE.has(tree.lower(c)));
}

const RELATIVE = new Set(['who', 'that', 'which', 'whom']);

/** The verb's object (or passive subject, or oblique) that is one of the words, or what a measure word of it is of; -1 when none is. */
function objectOfWords(tree: Tree, measures: ReadonlySet<string>, objects: readonly string[], v: number): number {
  for (const c of tree.children[v]!) {
    if (!['obj', 'nsubj:pass'].includes(tree.rel(c)) && tree.base(c) !== 'obl') continue;
    const noun = objectWord(tree, measures, c, objects);
    if (noun >= 0) return noun;
  }
  return -1;
}

/** Whether a dependent of `n` carries one of the prepositions, as a case marker or a particle ("call on", "grateful to"). */
function hasPrep(tree: Tree, preps: readonly string[], n: number): boolean {
  return tree.children[n]!.some((c) => (tree.rel(c) === 'compound:prt' && preps.includes(tree.lower(c))) || preps.includes(tree.prep(c) ?? '') || (tree.base(c) === 'mark' && preps.includes(tree.lower(c))));
}

/**
 * The code a match gives. A support rule's noun may say more than its light verb: "staged a *hunger
 * strike*" is 142 and "provided *food aid*" 073, when the noun's own rule needs modifiers to fire.
 */
export function ruleCode(tree: Tree, rules: Rules, m: Match): string {
  if (m.noun === null || m.rule.kind !== 'support') return m.rule.code;
  const own = matchAt(tree, rules, m.noun);
  return own && own.rule.kind === 'noun' && own.rule.modifiers ? own.rule.code : m.rule.code;
}

/** Where a frame's complement is: an infinitive or that-clause, a "for" phrase, an object that codes, or a noun's clause. */
export function complementOf(tree: Tree, rules: Rules, m: Match, accepts: (code: string) => boolean = () => true): { token: number; code: string; coded: number } | null {
  const on = m.noun ?? m.anchor;
  const candidates = [
    ...tree.deps(on, 'xcomp', 'ccomp'),
    ...(m.noun !== null ? tree.deps(m.anchor, 'xcomp', 'ccomp') : []),
    ...tree.deps(m.anchor, 'obj'),
    ...tree.children[on]!.filter((c) => ['for', 'to', 'in', 'of', 'on', 'that'].includes(tree.prep(c) ?? markOf(tree, c)) || tree.base(c) === 'acl'),
    ...tree.deps(m.anchor, 'obl'),
    // An adverbial clause of the verb only as an infinitive, not a participle alongside ("prepared, enlisting help from
    // …").
    ...tree.deps(m.anchor, 'advcl').filter((a) => markOf(tree, a) === 'to'),
  ];
  // The first candidate the frame has a code for: "halted economic aid … in line with efforts to end the fighting" is about the aid.
  let fallback: { token: number; code: string; coded: number } | null = null;
  for (const c of candidates) {
    if (c === m.noun) continue;
    const code = codeOf(tree, rules, c, 0);
    if (!code) continue;
    if (accepts(code.code)) return code;
    fallback ??= code;
  }
  return fallback;
}

function markOf(tree: Tree, c: number): string {
  const mark = tree.deps(c, 'mark')[0];
  return mark === undefined ? '' : tree.lower(mark);
}

/** The code of a predicate used as a complement, looking through light verbs to their objects ("provide *aid*"). */
function codeOf(tree: Tree, rules: Rules, c: number, depth: number): { token: number; code: string; coded: number } | null {
  const m = matchAt(tree, rules, c);
  if (m && !m.rule.frame) return { token: c, code: ruleCode(tree, rules, m), coded: c };
  if (depth >= 2) return null;
  // "trade would rise": the act may be named by the complement's subject, or a noun inside it.
  const inner = [...tree.deps(c, 'obj', 'xcomp', 'conj'), ...tree.children[c]!.filter((x) => tree.base(x) === 'nmod' || tree.base(x) === 'acl' || tree.base(x) === 'obl')];
  if (depth === 0) inner.push(...tree.deps(c, 'nsubj'));
  for (const d of inner) {
    const found = codeOf(tree, rules, d, depth + 1);
    if (found) return { token: c, code: found.code, coded: found.coded };
  }
  return null;
}
