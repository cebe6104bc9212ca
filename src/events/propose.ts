import type { Rules } from './rules/load.js';
import { complementOf, matchAt, ruleCode } from './match.js';
import { fill, objectOf, subjectOf, type Match, type RoleWords } from './roles.js';
import type { StanceReader, Stance } from './modality.js';
import type { Tree } from './tree.js';

/** An event as the parse proposes it, before actors, dates, places and merging. */
export interface Candidate {
  match: Match;
  /** The rule's code, or the frame's code for its complement. */
  code: string;
  stance: Stance;
  sources: number[];
  targets: number[];
  sentence: number;
  /** For hope frames: the code when the hope is about another actor's act (an appeal to it). */
  appealCode: string | null;
  /** Who the hope is about: the complement's subject; a hope about another's act is an appeal to it. */
  appealTargets: number[];
  /** For object-deep targets: the object whose subtree holds the target when the object itself is no actor. */
  deepTarget: number | null;
}

/**
 * Every rule that fires in one sentence (tokens first..last-1). Frame rules
 * first take their complement, which then codes nothing on its own; a support
 * rule takes its noun the same way ("held talks" is one event, not two).
 */
export function propose(tree: Tree, rules: Rules, stance: StanceReader, first: number, last: number): Candidate[] {
  const matches: Match[] = [];
  const frameCodes = new Map<Match, string>();
  const appealCodes = new Map<Match, string>();
  const innerCodes = new Map<Match, string>();
  const taken = new Set<number>();
  for (let i = first; i < last; i++) {
    const m = matchAt(tree, rules, i);
    if (!m) continue;
    if (m.rule.frame) {
      const frame = m.rule.frame === 'hope' ? 'intend' : m.rule.frame;
      // "vowed to fight", "is prepared to impose martial law": a rule may read what its frame maps nothing for (an intended hostile act) through another frame (a threat).
      const hostile = m.rule.hostile;
      const through = (code: string) => mapThrough(rules, frame, code) ?? (hostile ? mapThrough(rules, hostile, code) : null);
      const c = complementOf(tree, rules, m, (code) => through(code) !== null);
      if (m.rule.complementAux && !(c && hasAux(tree, c.token, m.rule.complementAux))) continue;
      // "asked why Biden did not implement the policies" is a question, not an appeal; "called Trump a national
      // embarrassment" names him.
      if (m.rule.frame === 'appeal' && ((c && isQuestion(tree, c.token)) || namesObject(tree, m.anchor))) continue;
      if (c) {
        m.complement = c.token;
        innerCodes.set(m, c.code);
        frameCodes.set(m, through(c.code) ?? m.rule.code);
        if (m.rule.frame === 'hope') appealCodes.set(m, mapThrough(rules, 'appeal', c.code) ?? '020');
        taken.add(c.token);
        taken.add(c.coded);
        for (const t of tree.deps(c.token, 'obj', 'conj')) taken.add(t);
      }
    }
    if (m.noun !== null) taken.add(m.noun);
    matches.push(m);
  }
  const out: Candidate[] = [];
  for (const m of matches) {
    if (taken.has(m.anchor) || m.rule.complementOnly) continue;
    let code = frameCodes.get(m) ?? ruleCode(tree, rules, m);
    if (code.startsWith('14') && code.length === 3) code = protestCode(tree, rules, m, code, matches, innerCodes);
    out.push({
      match: m,
      code,
      stance: stance.read(tree, m.noun !== null && m.rule.kind !== 'support' ? m.noun : m.anchor),
      sources: firstFilled(tree, m, m.rule.source, rules.roleWords),
      targets: firstFilled(tree, m, m.rule.target, rules.roleWords),
      sentence: tree.tokens[m.anchor]!.sentence,
      appealCode: appealCodes.get(m) ?? null,
      appealTargets: m.complement === null ? [] : subjectOf(tree, m.complement),
      deepTarget: m.rule.target.includes('object-deep') ? (objectOf(tree, m.noun ?? m.anchor)[0] ?? null) : null,
    });
  }
  return out;
}

/**
 * A protest with a stated aim takes the aim's sub-code: "staged demonstrations to demand political
 * reforms" is 1412. The aim is a demand or appeal inside the protest's own phrase.
 */
function protestCode(tree: Tree, rules: Rules, m: Match, code: string, matches: readonly Match[], inner: ReadonlyMap<Match, string>): string {
  const table = rules.frames.frames.protest;
  const digitFor = (aim: string) => {
    for (let n = aim.length; n >= 2; n--) if (table?.map[aim.slice(0, n)]) return table.map[aim.slice(0, n)]!;
    return null;
  };
  // "riots against Israeli military policies", "a strike for higher pay": the aim in a phrase of the protest's own.
  for (const n of m.noun !== null ? [m.anchor, m.noun] : [m.anchor]) {
    for (const c of tree.children[n]!) {
      if (!['against', 'for', 'over'].includes(tree.prep(c) ?? '')) continue;
      const aim = matchAt(tree, rules, c);
      const digit = aim ? digitFor(aim.rule.code) : null;
      if (digit) return code + digit;
    }
  }
  for (const other of matches) {
    const aim = inner.get(other);
    if (!aim || other === m || !(other.rule.frame === 'demand' || other.rule.frame === 'appeal')) continue;
    if (!tree.within(other.anchor, m.anchor) && !(m.noun !== null && tree.within(other.anchor, m.noun)) && tree.head(other.anchor) !== tree.head(m.anchor)) continue;
    for (let n = aim.length; n >= 2; n--) {
      const digit = table?.map[aim.slice(0, n)];
      if (digit) return code + digit;
    }
  }
  return code;
}


function hasAux(tree: Tree, c: number, aux: readonly string[]): boolean {
  return tree.deps(c, 'aux').some((a) => aux.includes(tree.lemma(a))) || aux.includes(tree.lemma(c));
}

/** The frame's code for a complement code, by the longest matching prefix; null when the frame maps nothing for it. */
export function mapThrough(rules: Rules, frame: string, code: string): string | null {
  const table = rules.frames.frames[frame as keyof typeof rules.frames.frames];
  if (!table) return null;
  for (let n = code.length; n >= 2; n--) {
    const hit = table.map[code.slice(0, n)];
    if (hit) return hit;
  }
  return code ? null : table.default;
}

/** Roles are alternatives in order: the first that names anyone fills the side. */
function firstFilled(tree: Tree, m: Match, roles: readonly string[], words: RoleWords): number[] {
  for (const role of roles) {
    const heads = fill(tree, m, role, words);
    if (heads.length) return heads;
  }
  return [];
}

/** Whether a verb says what its object is: an object and a nominal or adjectival predicate ("called Trump a … embarrassment"). */
function namesObject(tree: Tree, v: number): boolean {
  // A bare predicate: "urged Israel to be calm" is an appeal.
  const bare = (x: number) => ['NOUN', 'PROPN', 'ADJ'].includes(tree.tokens[x]!.upos) && !tree.children[x]!.some((k) => ['mark', 'cop'].includes(tree.base(k)));
  return tree.deps(v, 'obj').length > 0 && tree.deps(v, 'xcomp').some(bare);
}

const QUESTION_WORDS = new Set(['why', 'how', 'what', 'whether', 'when', 'where', 'who', 'whom', 'which']);

/** Whether a complement clause opens with a question word: "why Biden did not …", "whether talks would resume" (not a relative clause: "Carrie Lam, who is supported by …"). */
function isQuestion(tree: Tree, c: number): boolean {
  // A wh-word after a comma opens a relative clause the parser took for a complement.
  const afterComma = (k: number) => k > 0 && tree.tokens[k - 1]!.sentence === tree.tokens[k]!.sentence && tree.form(k - 1) === ',';
  return tree.base(c) === 'ccomp' && tree.children[c]!.some((k) => k < c && QUESTION_WORDS.has(tree.lower(k)) && ['advmod', 'mark', 'obj', 'nsubj'].includes(tree.base(k)) && !afterComma(k));
}
