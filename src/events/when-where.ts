import type { Doc, Event, Place, TimeExpression } from '../model/index.js';
import type { Candidate } from './propose.js';
import { spanIndex } from './span-index.js';
import type { Tree } from './tree.js';

/**
 * Links from a noun to its verb through which the verb's time and place are the noun's too: "said in a meeting … on
 * Wednesday"; and an object's, under a verb that does it ("In 1905, Roosevelt mediated a peace agreement between
 * Japan and Russia"; not "condemned the attack on Monday"). A time of the noun's own comes first.
 */
const OCCASION = new Set(['obl', 'nmod']);
const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'inside', 'outside', 'from', 'into', 'across', 'throughout', 'around', 'outside of']);

/** Finds the time and place of each candidate in its own clause, never in another clause of the sentence. */
export class Situator {
  private readonly timeOf: (TimeExpression | null)[];
  private readonly placeOf: (Place | null)[];

  constructor(
    private readonly doc: Readonly<Doc>,
    private readonly tree: Tree,
    /** Verbs whose subject does the act their object names (frames.json `doers`). */
    private readonly doers: ReadonlySet<string> = new Set(),
  ) {
    this.timeOf = spanIndex(doc.tokens, doc.times.filter((t) => t.role !== 'publication'));
    this.placeOf = spanIndex(doc.tokens, doc.places);
  }

  /** The tokens that make the candidate's clause, then (for a noun naming an occasion) its governor's clause. */
  private scopes(c: Candidate): number[][] {
    const m = c.match;
    const own = [...new Set([...this.tree.phrase(m.anchor), ...(m.noun !== null ? this.tree.phrase(m.noun) : [])])];
    const scopes = [own];
    // A noun's words up to its object are its own ("the assassination early last year of …").
    if (m.rule.kind === 'noun' && c.targets.length) {
      const last = Math.min(...c.targets.filter((t) => t > m.anchor), Infinity);
      if (last !== Infinity && last - m.anchor < 12) scopes.push(Array.from({ length: last - m.anchor - 1 }, (_, k) => m.anchor + 1 + k));
    }
    const g = this.tree.head(m.anchor);
    const occasion = OCCASION.has(this.tree.base(m.anchor)) || (this.tree.base(m.anchor) === 'obj' && this.doers.has(this.tree.lemma(g)));
    if (m.rule.kind === 'noun' && g >= 0 && occasion && this.tree.tokens[g]!.upos === 'VERB') {
      scopes.push(this.tree.phrase(g));
    }
    return scopes;
  }

  /** The stated date, or the publication date (and the record says which). */
  date(c: Candidate): { date: Event['date']; token: TimeExpression | null } {
    const heads = [c.match.anchor, ...(c.match.noun !== null ? [c.match.noun] : [])];
    for (const scope of this.scopes(c)) {
      // The time nearest the predicate in the tree: "Before the election this month, Ishiba visited Taiwan in
      // August" is August's.
      let best: TimeExpression | null = null;
      let nearest = Infinity;
      for (const i of scope) {
        const t = this.timeOf[i];
        // A calendar date only: not a duration (P3D), a recurring time (XXXX-WXX-5) or a fiscal year (FY2016).
        if (!t || !t.value || !/^\d{4}/.test(t.value)) continue;
        const depth = this.depthBelow(i, heads);
        if (depth < nearest) {
          best = t;
          nearest = depth;
        }
      }
      if (best) return { date: { value: best.value!, granularity: best.granularity, from: 'time' }, token: best };
    }
    const published = this.doc.article.published ?? '';
    return { date: { value: published.slice(0, 10), granularity: 'day', from: 'publication' }, token: null };
  }

  /** How many links up from token `i` one of `heads` is (a large number when none is within reach). */
  private depthBelow(i: number, heads: readonly number[]): number {
    for (let n = i, steps = 0; n >= 0 && steps < 12; n = this.tree.head(n), steps++) if (heads.includes(n)) return steps;
    return 100;
  }

  /** A place named inside the clause as a location ("in Tehran", "to the capital Baghdad"), or null; "the US attack" names an actor, not a place. */
  place(c: Candidate): Place | null {
    // "grateful to Iran": a place that fills a side is an actor there, not where the act happened.
    // … in any of its words ("the treaty between the United States and the Philippines" has a side at "States"); a
    // visit's destination is where it happens, though ("a visit to Saudi Arabia"; not "grateful to Japan").
    const destination = (t: number) => c.code.startsWith('04') && this.tree.prep(t) === 'to';
    const sides = new Set([...c.sources, ...c.targets.filter((t) => !destination(t))].map((i) => this.placeOf[i]).filter((p) => p !== null));
    for (const scope of this.scopes(c)) for (const i of scope) if (this.placeOf[i] && !sides.has(this.placeOf[i]) && this.locative(i)) return this.placeOf[i]!;
    return null;
  }

  private locative(i: number): boolean {
    for (let n = i, steps = 0; n >= 0 && steps < 3; n = this.tree.head(n), steps++) {
      if (this.tree.children[n]!.some((k) => this.tree.base(k) === 'case' && LOCATIVE.has(this.tree.lower(k)))) return true;
      if (!['appos', 'flat', 'compound', 'nmod', 'conj'].includes(this.tree.base(n)) && n !== i) return false;
    }
    return false;
  }
}
