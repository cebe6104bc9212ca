import type { TokenView } from './sentence.js';

/** A noun phrase by token indices, `first` to `last` inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

const NP = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const MAX = 10;
const RELATIVE = /^(?:who|that|which|whom)$/i;

/** The subject of verb `v`: its nsubj in the parse when there is one, else the noun phrase just before it. */
export function subjectOf(view: TokenView, v: number): Phrase | null {
  if (view.parsed && view.subject[v]! >= 0) {
    const subject = view.subject[v]!;
    // "Trump, who said …": a relative pronoun stands for the noun its clause modifies.
    const head = view.tokens[v]!.head;
    if (RELATIVE.test(view.form(subject)) && view.tokens[v]!.rel.startsWith('acl') && head >= 0) return phraseBefore(view, head + 1) ?? { first: head, last: head };
    if (RELATIVE.test(view.form(subject))) return null;
    return subtree(view, subject);
  }
  return phraseBefore(view, v);
}

/** The noun phrase ending just before `v`, past auxiliaries and adverbs ("Rouhani has also said"). */
export function phraseBefore(view: TokenView, v: number): Phrase | null {
  const [s] = view.sentenceOf(v);
  let i = v - 1;
  while (i >= s && (view.upos(i) === 'AUX' || view.upos(i) === 'ADV' || view.upos(i) === 'PART' && view.lower(i) === 'not')) i--;
  if (i < s) return null;
  if (view.upos(i) === 'PRON') return PERSONAL.has(view.lower(i)) ? { first: i, last: i } : null;
  if (!isHead(view, i)) return null;
  const last = i;
  while (i - 1 >= s && last - i < MAX && inPhrase(view, i - 1)) i--;
  while (i < last && (view.upos(i) === 'PART' || view.lower(i) === 'of')) i++;
  return { first: i, last };
}

/** The noun phrase starting at `i` ("Rouhani", "the Iraqi foreign minister", "he"). */
export function phraseAt(view: TokenView, i: number): Phrase | null {
  const [, e] = view.sentenceOf(i);
  if (i >= e) return null;
  if (view.upos(i) === 'PRON') return PERSONAL.has(view.lower(i)) ? { first: i, last: i } : null;
  let j = i;
  let last = -1;
  while (j < e && j - i < MAX) {
    // "Rep. Gwen Moore (D-Wis.)": a short parenthesis belongs to the name.
    if (view.form(j) === '(' && last >= i) {
      const close = closingParen(view, j, e);
      if (close < 0) break;
      last = close;
      j = close + 1;
      continue;
    }
    if (!inPhrase(view, j)) break;
    if (isHead(view, j)) last = j;
    j++;
  }
  // "Flynn, a top Trump surrogate, said": an apposition between commas belongs to the name too.
  if (last >= i && view.form(last + 1) === ',') {
    const inner = phraseAtSimple(view, last + 2, e);
    if (inner && view.form(inner.last + 1) === ',') return { first: i, last: inner.last + 1 };
  }
  return last >= i ? { first: i, last } : null;
}

function phraseAtSimple(view: TokenView, i: number, e: number): Phrase | null {
  let j = i;
  let last = -1;
  while (j < e && j - i < MAX && inPhrase(view, j)) {
    if (isHead(view, j)) last = j;
    j++;
  }
  return last >= i ? { first: i, last } : null;
}

function closingParen(view: TokenView, open: number, e: number): number {
  for (let k = open + 1; k < Math.min(e, open + 8); k++) if (view.form(k) === ')') return k;
  return -1;
}

function isHead(view: TokenView, i: number): boolean {
  const u = view.upos(i);
  return u === 'PROPN' || u === 'NOUN';
}

function inPhrase(view: TokenView, i: number): boolean {
  const u = view.upos(i);
  if (NP.has(u)) return !(u === 'DET' && /^(that|which|this|these|those)$/i.test(view.form(i)) && view.upos(i + 1) !== 'NOUN');
  const f = view.form(i);
  return f === '’s' || f === "'s" || f === 'of' || (f === '-' && i > 0);
}

function subtree(view: TokenView, root: number): Phrase {
  let first = root;
  let last = root;
  const stack = [root];
  while (stack.length) {
    const i = stack.pop()!;
    first = Math.min(first, i);
    last = Math.max(last, i);
    stack.push(...view.children[i]!);
  }
  while (last > first && view.upos(last) === 'PUNCT') last--;
  return { first, last };
}

export function isPronoun(view: TokenView, p: Phrase): boolean {
  return p.first === p.last && view.upos(p.first) === 'PRON';
}

export function isNamed(view: TokenView, p: Phrase): boolean {
  for (let i = p.first; i <= p.last; i++) if (view.upos(i) === 'PROPN') return true;
  return false;
}
