import type { Quote } from '../model/index.js';
import type { CueSets } from './cues.js';
import type { MarkedQuote } from './marks.js';
import { phraseAt, phraseBefore, subjectOf, type Phrase } from './phrase.js';
import type { TokenView } from './sentence.js';

/** Quotes of fewer words need a cue verb to count. */
const SHORT = 5;

interface Attribution {
  phrase: Phrase;
  cue: string | null;
}

/** A quote before its speaker is resolved: the clause's words naming the speaker, when found. */
export interface Draft {
  /** Null for a sentence's subject noted only to follow the story's thread. */
  quote: Quote | null;
  phrase: Phrase | null;
  /** Where the attribution sits, for resolving speakers in reading order. */
  at: number;
}

/** A direct quote with the phrase naming its speaker: from the clause after it, or the clause around it. */
export function directQuote(view: TokenView, q: MarkedQuote, cues: CueSets): Draft | null {
  let end = q.end;
  let found: Attribution | null = null;
  if (!q.closed) {
    const tail = trailingClause(view, q, cues);
    if (tail) {
      end = tail.end;
      found = tail.attribution;
    }
  }
  found ??= clauseAfter(view, q.close, cues) ?? clauseAround(view, q.open, cues);
  const text = view.text.slice(q.start, end);
  // A few words in marks with no verb of saying or calling are a title, a term or scare quotes, not a quote.
  if (!found?.cue && text.split(/\s+/).length < SHORT) return null;
  const quote: Quote = { start: q.start, end, text, direct: true, speakerActorId: null, speakerText: '', cue: found?.cue ?? null, speaker: null };
  return { quote, phrase: found?.phrase ?? null, at: found ? Math.min(q.start, view.tokens[found.phrase.first]!.start) : q.start };
}

/** "“…,” Rouhani said", "“…,” said the minister", "“…,” he told reporters". */
function clauseAfter(view: TokenView, close: number, cues: CueSets): Attribution | null {
  let j = view.at(close);
  if (j >= view.tokens.length) return null;
  // After a full stop inside the marks, the words after belong to the quote only as a short clause of their own
  // ("“… there.” Trump said."), not as the start of a new statement.
  const fullStop = /\.\s*["”»]?$/.test(view.text.slice(Math.max(0, close - 3), close));
  while (j < view.tokens.length && view.form(j) === ',') j++;
  if (j >= view.tokens.length) return null;
  const short = (k: number) => !fullStop || /^[.,;]$/.test(view.form(k)) || k >= view.sentenceOf(j)[1];
  if (isCue(view, j, cues.clause)) {
    const p = phraseAt(view, j + 1);
    return p && short(p.last + 1) ? { phrase: p, cue: view.form(j) } : null;
  }
  const p = phraseAt(view, j);
  if (!p) return null;
  let v = p.last + 1;
  if (view.form(v) === ',' && view.form(p.last) !== ',') return null;
  if (view.form(p.last) === ',') p.last--;
  while (view.upos(v) === 'AUX' || view.upos(v) === 'ADV') v++;
  return (isCue(view, v, cues.clause) || isCue(view, v, cues.characterise)) && short(v + 1) ? { phrase: p, cue: view.form(v) } : null;
}

/** The reporting clause that contains the quote: "X said (that) … “…”", "X described it as a “…”". */
function clauseAround(view: TokenView, open: number, cues: CueSets): Attribution | null {
  const o = view.at(open);
  if (o >= view.tokens.length) return null;
  let [s] = view.sentenceOf(o);
  // "He said: “…”" where the colon ended the sentence before.
  if (s === o && s > 0 && view.form(s - 1) === ':') s = view.sentenceOf(s - 1)[0];
  let fallback: number | null = null;
  for (let v = o - 1; v >= s; v--) {
    if (isCue(view, v, cues.clause) || isCue(view, v, cues.characterise)) {
      const p = subjectOf(view, v) ?? phraseBefore(view, v);
      if (p) return { phrase: p, cue: view.form(v) };
    }
    if (view.isVerb(v)) fallback = v;
  }
  // A quoted phrase inside a sentence that has no reporting verb belongs to the sentence's subject.
  if (fallback !== null && o > s) {
    const p = subjectOf(view, fallback);
    if (p) return { phrase: p, cue: null };
  }
  return null;
}

/** An unclosed quote that ends in its own reporting clause: "“… the two countries and Rouhani was quoted as saying." */
function trailingClause(view: TokenView, q: MarkedQuote, cues: CueSets): { end: number; attribution: Attribution } | null {
  const first = view.at(q.start);
  const last = view.at(q.end) - 1;
  for (let v = last; v > first + 2; v--) {
    if (!isCue(view, v, cues.clause) && !(view.lemma(v) === 'quote' && view.upos(v) === 'VERB')) continue;
    let i = v - 1;
    while (i > first && (view.upos(i) === 'AUX' || view.upos(i) === 'ADV')) i--;
    const p = phraseBefore(view, i + 1);
    if (!p) continue;
    let cut = p.first - 1;
    if (view.lower(cut) === 'and' || view.form(cut) === ',') cut--;
    while (cut > first && view.upos(cut) === 'PUNCT') cut--;
    if (cut <= first) continue;
    return { end: view.tokens[cut]!.end, attribution: { phrase: p, cue: cueWords(view, v, last) } };
  }
  return null;
}

export function isCue(view: TokenView, i: number, set: ReadonlySet<string>): boolean {
  return i < view.tokens.length && view.upos(i) === 'VERB' && set.has(view.lemma(i));
}

/** The cue as written: the verb, or "quoted as saying". */
export function cueWords(view: TokenView, v: number, last = view.tokens.length - 1): string {
  if (view.lemma(v) === 'quote' && view.lower(v + 1) === 'as' && v + 2 <= last) return view.text.slice(view.tokens[v]!.start, view.tokens[v + 2]!.end);
  return view.form(v);
}
