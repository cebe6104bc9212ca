import type { Doc, Token } from '../model/index.js';

/** Token view of a document for the quote finders: words, lemmas and sentence ranges. */
export class TokenView {
  readonly tokens: readonly Token[];
  readonly text: string;
  /** First token and one past the last of each sentence. */
  readonly sentences: Array<[number, number]> = [];
  /** Whether the tokens carry a dependency parse (some head is set). */
  readonly parsed: boolean;

  constructor(doc: Readonly<Doc>) {
    this.tokens = doc.tokens;
    this.text = doc.article.text;
    this.tokens.forEach((t, i) => {
      const s = this.sentences[t.sentence];
      if (s) s[1] = i + 1;
      else this.sentences[t.sentence] = [i, i + 1];
    });
    this.parsed = this.tokens.some((t) => t.head >= 0);
    this.subject = new Int32Array(this.tokens.length).fill(-1);
    this.children = this.tokens.map(() => [] as number[]);
    this.tokens.forEach((t, i) => {
      if (t.head < 0) return;
      this.children[t.head]!.push(i);
      if ((t.rel === 'nsubj' || t.rel === 'nsubj:pass') && this.subject[t.head] === -1) this.subject[t.head] = i;
    });
  }

  /** The first nsubj (or nsubj:pass) child of each token, -1 when none. */
  readonly subject: Int32Array;
  /** The dependents of each token. */
  readonly children: number[][];

  /** The token's text; "" past either end, so that look-ahead needs no bounds checks. */
  form(i: number): string {
    const t = this.tokens[i];
    return t ? this.text.slice(t.start, t.end) : '';
  }

  lower(i: number): string {
    return this.form(i).toLowerCase();
  }

  lemma(i: number): string {
    return this.tokens[i]?.lemma.toLowerCase() ?? '';
  }

  upos(i: number): string {
    return this.tokens[i]?.upos ?? '';
  }

  /** The index of the first token starting at or after `offset` (tokens.length when none). */
  at(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  sentenceOf(i: number): [number, number] {
    return this.sentences[this.tokens[i]!.sentence]!;
  }

  isVerb(i: number): boolean {
    return this.upos(i) === 'VERB';
  }
}
