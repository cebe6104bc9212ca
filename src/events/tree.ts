import type { Token } from '../model/index.js';

/** Relations that open a clause of its own: its times, places and arguments are not the governor's. */
const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'parataxis', 'csubj', 'conj', 'list']);

const TITLE_RELS = new Set(['nmod:desc', 'compound']);

/**
 * A read-only view of the dependency parse of one document: children by
 * head, forms, and the few walks the coders need. Built once per document.
 */
export class Tree {
  readonly children: number[][];

  constructor(
    readonly tokens: readonly Token[],
    readonly text: string,
  ) {
    this.children = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head >= 0 && t.head < tokens.length) this.children[t.head]!.push(i);
    });
  }

  form(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(t.start, t.end);
  }

  lower(i: number): string {
    return this.form(i).toLowerCase();
  }

  lemma(i: number): string {
    return this.tokens[i]!.lemma.toLowerCase();
  }

  /** The relation without its subtype ("nsubj:pass" is "nsubj"). */
  base(i: number): string {
    const rel = this.tokens[i]!.rel;
    const colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.slice(0, colon);
  }

  rel(i: number): string {
    return this.tokens[i]!.rel;
  }

  head(i: number): number {
    return this.tokens[i]!.head;
  }

  /** Children whose full or base relation is one of `rels`. */
  deps(i: number, ...rels: string[]): number[] {
    return this.children[i]!.filter((c) => rels.includes(this.tokens[c]!.rel) || rels.includes(this.base(c)));
  }

  dep(i: number, ...rels: string[]): number | undefined {
    return this.deps(i, ...rels)[0];
  }

  /** The preposition (case marker) of a nominal dependent, lower-cased and joined for multiword ones ("because of"). */
  prep(i: number): string | null {
    const cases = this.children[i]!.filter((c) => this.base(c) === 'case' && c < i);
    if (cases.length) return cases.map((c) => this.lower(c)).join(' ');
    // "with Russian President Vladimir Putin": a parser may hang the preposition on the title before the name.
    const title = this.children[i]!.find((c) => c < i && TITLE_RELS.has(this.rel(c)));
    const inner = title === undefined ? [] : this.children[title]!.filter((c) => this.base(c) === 'case' && c < title);
    return inner.length ? inner.map((c) => this.lower(c)).join(' ') : null;
  }

  /** Whether the verb is passive: it has a passive auxiliary or a passive subject. */
  passive(i: number): boolean {
    return this.children[i]!.some((c) => this.rel(c) === 'aux:pass' || this.rel(c) === 'nsubj:pass' || this.rel(c) === 'csubj:pass') || (this.tokens[i]!.xpos === 'VBN' && this.base(i) === 'acl');
  }

  /** Tokens of the subtree of `i`, not entering dependents whose relation opens a clause of its own. */
  phrase(i: number, stopAtClauses = true): number[] {
    const out: number[] = [];
    const walk = (n: number) => {
      out.push(n);
      for (const c of this.children[n]!) if (!stopAtClauses || !this.opensClause(c)) walk(c);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** The whole subtree of `i`. */
  subtree(i: number): number[] {
    return this.phrase(i, false);
  }

  /** Whether `i` is inside the subtree of `ancestor`. */
  within(i: number, ancestor: number): boolean {
    for (let n = i, steps = 0; n >= 0 && steps < 200; n = this.head(n), steps++) if (n === ancestor) return true;
    return false;
  }

  /** Whether `i` heads a clause of its own under its governor (a conjoined noun does not; a conjoined verb does). */
  opensClause(i: number): boolean {
    const base = this.base(i);
    if (!CLAUSAL.has(base)) return false;
    return base !== 'conj' || this.tokens[i]!.upos === 'VERB';
  }
}
