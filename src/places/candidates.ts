import type { Doc, Mention, Token } from '../model/index.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { CueSets } from './cues.js';

/** A stretch of text that names one or more possible places. */
export interface PlaceCandidate {
  start: number;
  end: number;
  text: string;
  entries: readonly GazetteerEntry[];
  /** Lower-cased words just before and after, for cues ("the state of", "city"). */
  before: string;
  after: string;
  /** The word before "of" when the name follows one ("the state of Georgia"), else empty. */
  beforeOf: string;
}

/** Mentions that are not places: a name inside one of them is part of a person's or organisation's name. */
const NOT_PLACE = new Set<Mention['type']>(['PER', 'ORG', 'NORP', 'ROLE']);
const WORD = /^[\p{L}.]+$/u;

/**
 * Place names of a document. LOC and GPE mentions come first; names the recogniser missed are found from the
 * tokens as runs of proper nouns, skipping any that overlap another mention (so "Jordan" the person, once the
 * entities stage has said so, is no place). Without mentions, the runs alone are used, with two guards: a run
 * after a person's title ("Mr. Jordan"), and the last word of a longer name that is no place ("Michael Jordan",
 * later "Jordan"), are not places.
 */
export function findCandidates(doc: Readonly<Doc>, gazetteer: Gazetteer, cues: CueSets): PlaceCandidate[] {
  const text = doc.article.text;
  const out: PlaceCandidate[] = [];
  const taken: Array<[number, number]> = [];
  const personNames = new Set(doc.mentions.filter((m) => m.type === 'PER').flatMap((m) => m.text.split(/\s+/).slice(1)));
  for (const m of doc.mentions) {
    // A country's name used as a modifier ("the US attack") is still the country; an adjective ("Iraqi") is not.
    const countryName = m.type === 'NORP' && gazetteer.lookup(m.text).some((e) => e.kind === 'country' && e.via !== 'alias');
    if (m.type !== 'LOC' && m.type !== 'GPE' && !countryName) {
      if (NOT_PLACE.has(m.type)) taken.push([m.start, m.end]);
      continue;
    }
    const entries = gazetteer.lookup(m.text);
    taken.push([m.start, m.end]);
    if (!entries.length || personBefore(text, m.start, cues) || personNames.has(m.text)) continue;
    out.push(candidate(text, m.start, m.end, entries));
  }
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const notPlaces = new Set<string>();
  for (const run of properRuns(doc.tokens, text)) {
    if (overlaps(run.start, run.end)) continue;
    const words = run.parts;
    const whole = text.slice(run.start, run.end);
    const entries = cues.group.has(whole.toLowerCase()) ? [] : gazetteer.lookup(whole);
    if (entries.length) {
      if (!personBefore(text, run.start, cues) && !notPlaces.has(whole)) out.push(candidate(text, run.start, run.end, entries));
      continue;
    }
    if (words.length > 1) notPlaces.add(text.slice(words[words.length - 1]![0], words[words.length - 1]![1]));
    // "US President Joe Biden", "Iran-Iraq": a place at the start of a longer name, or each part of a hyphenated one.
    for (const [s, e] of run.hyphenated ? words : words.slice(0, 1)) {
      const found = gazetteer.lookup(text.slice(s, e));
      if (found.length && (run.hyphenated || found.some((f) => f.kind === 'country'))) out.push(candidate(text, s, e, found));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Run {
  start: number;
  end: number;
  /** Word ranges inside the run (hyphen-separated parts for a hyphenated token). */
  parts: Array<[number, number]>;
  hyphenated: boolean;
}

/** Maximal runs of proper-noun tokens; a hyphenated proper noun ("Iran-Iraq", "US-led") yields its capitalised parts. */
function* properRuns(tokens: readonly Token[], text: string): Generator<Run> {
  let i = 0;
  while (i < tokens.length) {
    if (!isName(tokens[i]!, text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isName(tokens[j + 1]!, text) && tokens[j + 1]!.start - tokens[j]!.end <= 1 && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    const first = tokens[i]!;
    const form = text.slice(first.start, first.end);
    if (i === j && form.includes('-')) {
      const parts: Array<[number, number]> = [];
      let at = first.start;
      for (const piece of form.split('-')) {
        if (/^\p{Lu}/u.test(piece)) parts.push([at, at + piece.length]);
        at += piece.length + 1;
      }
      yield { start: first.start, end: first.end, parts, hyphenated: true };
    } else {
      yield { start: first.start, end: tokens[j]!.end, parts: tokens.slice(i, j + 1).map((t) => [t.start, t.end]), hyphenated: false };
    }
    i = j + 1;
  }
}

function isName(t: Token, text: string): boolean {
  const form = text.slice(t.start, t.end);
  return (t.upos === 'PROPN' || t.xpos === 'NNP' || t.xpos === 'NNPS') && /^\p{Lu}/u.test(form) && WORD.test(form.replace(/['’-]/g, ''));
}

function personBefore(text: string, start: number, cues: CueSets): boolean {
  const before = wordBefore(text, start);
  return cues.person.has(before.replace(/\.$/, ''));
}

function candidate(text: string, start: number, end: number, entries: readonly GazetteerEntry[]): PlaceCandidate {
  const before = wordBefore(text, start);
  const beforeOf = before === 'of' ? wordBefore(text, start - /of\s*$/.exec(text.slice(0, start))![0].length) : '';
  return { start, end, text: text.slice(start, end), entries, before, after: wordAfter(text, end), beforeOf };
}

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}.]+)[\s]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.toLowerCase() : '';
}

function wordAfter(text: string, at: number): string {
  const m = /^[\s]*([\p{L}]+|,)/u.exec(text.slice(at, at + 30));
  return m ? m[1]!.toLowerCase() : '';
}
