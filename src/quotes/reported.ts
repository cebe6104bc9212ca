import type { Quote, Span } from '../model/index.js';
import type { CueSets } from './cues.js';
import { cueWords, isCue } from './direct.js';
import { phraseAt, subjectOf, type Phrase } from './phrase.js';
import type { TokenView } from './sentence.js';
import type { Draft } from './direct.js';

const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/**
 * Reported speech, sentence by sentence: "X said (that) …", "X told reporters that …", "X expressed hope that …",
 * "…, X added", "according to X, …" and "X was quoted as saying …". Stretches inside direct quotes are left to them.
 */
export function reportedSpeech(view: TokenView, cues: CueSets, direct: readonly Span[]): Draft[] {
  const out: Draft[] = [];
  const inside = new Uint8Array(view.tokens.length);
  for (const d of direct) for (let i = view.at(d.start); i < view.tokens.length && view.tokens[i]!.end <= d.end; i++) inside[i] = 1;
  const quoted = (i: number) => inside[i] === 1;
  for (const [s, e] of view.sentences) {
    if (s === undefined) continue;
    let end = e;
    while (end > s && view.upos(end - 1) === 'PUNCT' && !/[”"]/.test(view.form(end - 1))) end--;
    for (let v = s; v < end; v++) {
      if (quoted(v)) continue;
      const according = view.lower(v) === 'according' && view.lower(v + 1) === 'to';
      if (according) {
        const p = phraseAt(view, v + 2);
        if (!p) continue;
        const content = v > s + 2 ? [s, v - 1] : [p.last + 1, end - 1];
        push(out, view, content, p, 'according to');
        continue;
      }
      const passiveQuote = view.lemma(v) === 'quote' && view.lower(v + 1) === 'as';
      if (!isCue(view, v, cues.clause) && !passiveQuote && !nounCue(view, v, cues)) continue;
      const subject = subjectOf(view, v);
      // "…, he added." — the clause before the subject is what was said.
      if (subject && subject.first > s + 2 && view.form(subject.first - 1) === ',' && restIsAdjunct(view, v + 1, end)) {
        push(out, view, [s, subject.first - 2], subject, cueWords(view, v));
        continue;
      }
      // "…, said the minister."
      if (!subject && v > s + 2 && view.form(v - 1) === ',' && isCue(view, v, cues.clause)) {
        const p = phraseAt(view, v + 1);
        if (p && restIsAdjunct(view, p.last + 1, end)) push(out, view, [s, v - 2], p, view.form(v));
        continue;
      }
      if (!subject) continue;
      let k = passiveQuote ? v + 3 : nounCue(view, v, cues) ? v + 2 : v + 1;
      while (k < end && view.upos(k) === 'ADV') k++;
      const direct = /^(?:whether|if|what|why|how|when|where|who|to)$/i.test(view.form(k)) || listenerThenTo(view, k, end) >= 0;
      if (!direct && (cues.object.has(view.lemma(v)) || view.upos(k) === 'ADP')) {
        const that = findThat(view, k, end);
        if (that < 0) continue;
        k = that;
      }
      if (view.lower(k) === 'that' && view.upos(k) !== 'PRON') k++;
      else if (view.lower(k) === 'that') continue;
      // "vowed to …", "urged Obama to …": the infinitive (with its listener) is what was said.
      const infinitive = view.lower(k) === 'to' && view.upos(k) === 'PART' ? k : listenerThenTo(view, k, end);
      if (infinitive >= 0 && !nounCue(view, v, cues)) {
        push(out, view, [k, participleCut(view, k, end) - 1], subject, cueWords(view, v));
        continue;
      }
      if (k >= end || !clauseStart(view, k) || !hasFinite(view, k, end)) continue;
      push(out, view, [k, participleCut(view, k, end) - 1], subject, cueWords(view, v));
    }
  }
  return out;
}

function push(out: Draft[], view: TokenView, [a, b]: number[], p: Phrase, cue: string): void {
  if (a === undefined || b === undefined || b < a) return;
  while (b > a && view.upos(b) === 'PUNCT' && !/[”"]/.test(view.form(b))) b--;
  while (a < b && view.upos(a) === 'PUNCT' && !/[“"]/.test(view.form(a))) a++;
  const start = view.tokens[a]!.start;
  const end = view.tokens[b]!.end;
  if (end - start < 8) return;
  const quote: Quote = { start, end, text: view.text.slice(start, end), direct: false, speakerActorId: null, speakerText: '', cue, speaker: null };
  out.push({ quote, phrase: p, at: Math.min(start, view.tokens[p.first]!.start) });
}

/** "expressed hope that …": a stating verb with a noun of attitude and a that-clause. */
function nounCue(view: TokenView, v: number, cues: CueSets): boolean {
  return view.upos(v) === 'VERB' && cues.noun.has(view.lemma(v + 1)) && view.lower(v + 2) === 'that';
}

function findThat(view: TokenView, k: number, end: number): number {
  for (let i = k; i < Math.min(end, k + 10); i++) {
    if (view.lower(i) === 'that') return i;
    if (view.form(i) === ',' || view.isVerb(i)) return -1;
  }
  return -1;
}

function clauseStart(view: TokenView, k: number): boolean {
  return ['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'ADJ'].includes(view.upos(k)) || /^(?:[“"]|whether|if|what|why|how|when|where|who)$/i.test(view.form(k));
}

/** "urged [President Obama] to …": a short noun phrase, then "to"; the index of "to", or -1. */
function listenerThenTo(view: TokenView, k: number, end: number): number {
  for (let i = k; i < Math.min(end, k + 5); i++) {
    if (view.lower(i) === 'to' && view.upos(i) === 'PART') return i > k ? i : -1;
    if (!['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ'].includes(view.upos(i))) return -1;
  }
  return -1;
}

function hasFinite(view: TokenView, k: number, end: number): boolean {
  for (let i = k; i < end; i++) if (FINITE.test(view.tokens[i]!.xpos) && view.upos(i) !== 'PUNCT') return true;
  return false;
}

/** Only adverbs, prepositional phrases and the like follow: "…, he added in a statement on Monday." */
function restIsAdjunct(view: TokenView, k: number, end: number): boolean {
  for (let i = k; i < end; i++) if (view.isVerb(i) || view.form(i) === ',' || view.lower(i) === 'that') return false;
  return true;
}

/** "…, stressing that …": a participle after a comma starts a clause of its own. */
function participleCut(view: TokenView, k: number, end: number): number {
  for (let i = k + 3; i < end - 1; i++) if (view.form(i) === ',' && view.tokens[i + 1]!.xpos === 'VBG') return i;
  return end;
}

