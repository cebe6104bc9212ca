import type { Token } from '../model/index.js';
import { tenseAt, type Tense } from './tense.js';

const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'would', "'d"]);
/** Verbs and adjectives whose complement is still to come: "plans to meet on Monday", "is due to vote", "is to meet". */
const AHEAD = new Set(['be', 'plan', 'expect', 'schedule', 'intend', 'due', 'set', 'prepare', 'aim', 'hope', 'promise', 'pledge', 'vow', 'agree', 'decide']);
const PREDICATES = new Set(['VERB', 'AUX', 'ADJ']);
/** Present-tense reporting ("Iran says on Wednesday") tells of now, not of a schedule. */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'claim', 'state', 'add', 'confirm', 'deny', 'insist', 'warn', 'write']);

/**
 * The tense of a time's clause read from the token layer: the verb the time hangs on, with its auxiliaries
 * ("met on Wednesday" past, "will meet on Wednesday" future, "has met" past, "plans to meet" future). A clause
 * the tags leave open (present tense, no verb) falls back to the nearest cue word (`tenseAt`).
 */
export function tenseFromTokens(text: string, tokens: readonly Token[]): (start: number, end: number) => Tense | null {
  return (start, end) => {
    const head = spanHead(tokens, start, end);
    const verb = head < 0 ? -1 : predicateOf(tokens, head);
    return (verb >= 0 ? tenseOf(tokens, verb) : null) ?? tenseAt(text, start, end);
  };
}

/** The token of `[start, end)` whose head lies outside it; -1 when no token is inside. */
function spanHead(tokens: readonly Token[], start: number, end: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) {
    const h = tokens[i]!.head;
    if (h < 0 || tokens[h]!.start < start || tokens[h]!.start >= end) return i;
  }
  return -1;
}

/** The nearest verb (or predicate adjective) at or above token `i`, within a few steps. */
function predicateOf(tokens: readonly Token[], i: number): number {
  for (let n = i, steps = 0; n >= 0 && steps < 5; n = tokens[n]!.head, steps++) if (PREDICATES.has(tokens[n]!.upos) && n !== i) return n;
  return -1;
}

function tenseOf(tokens: readonly Token[], v: number): Tense | null {
  const aux = auxiliaries(tokens, v);
  if (aux.some((a) => FUTURE_AUX.has(a.lemma.toLowerCase()) || a.lemma === 'going')) return 'future';
  if (aux.some((a) => a.xpos === 'VBD') || tokens[v]!.xpos === 'VBD') return aux.some((a) => a.lemma === 'to') ? null : 'past';
  // "has met": the present perfect tells what happened.
  if (tokens[v]!.xpos === 'VBN' && aux.some((a) => a.lemma === 'have')) return 'past';
  // "plans to meet on Monday", "is due to vote", "is to hold talks": the governing word looks ahead.
  const up = tokens[v]!.head;
  if (up >= 0 && /^(xcomp|ccomp)/.test(tokens[v]!.rel) && AHEAD.has(tokens[up]!.lemma.toLowerCase())) return 'future';
  if (tokens[v]!.xpos === 'VB' && aux.some((a) => a.lemma === 'be') && aux.some((a) => a.lemma === 'to')) return 'future';
  // "is meeting on Wednesday", "the summit opens on Wednesday": news writes what is scheduled in the present.
  if (tokens[v]!.xpos === 'VBG' && aux.some((a) => a.lemma === 'be' && (a.xpos === 'VBZ' || a.xpos === 'VBP'))) return 'future';
  if (tokens[v]!.xpos === 'VBZ' && tokens[v]!.upos === 'VERB' && !REPORTING.has(tokens[v]!.lemma)) return 'future';
  return null;
}

function auxiliaries(tokens: readonly Token[], v: number): Token[] {
  const out: Token[] = [];
  // Auxiliaries come just before their verb ("will not be able to"), in questions just after.
  // "is to hold talks" comes parsed as a copula and a marker.
  const helps = (t: Token) => t.rel.startsWith('aux') || t.rel === 'cop' || (t.rel === 'mark' && t.lemma === 'to');
  for (let k = Math.max(0, v - 8); k < Math.min(tokens.length, v + 3); k++) if (tokens[k]!.head === v && helps(tokens[k]!)) out.push(tokens[k]!);
  return out;
}

