import type { Doc, Token } from '../model/index.js';
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

const WORD = /^[\p{L}.]+$/u;

/**
 * Place names of a document. Runs of proper-noun tokens come first ("New York", "Hong Kong" whole), then LOC and
 * GPE mentions that no run covers (and a country's name used as a modifier, which the recogniser may call NORP).
 * A name is no place after a person's title ("Mr. Jordan"), or when it is the last word of a longer name that
 * is no place or of a person mention ("Michael Jordan", later "Jordan"), or inside a person mention of several
 * words. A one-word person mention alone does not overrule the gazetteer: the recogniser often takes a place it
 * does not know for a person.
 */
export function findCandidates(doc: Readonly<Doc>, gazetteer: Gazetteer, cues: CueSets): PlaceCandidate[] {
  const text = doc.article.text;
  const out: PlaceCandidate[] = [];
  const seen: Array<[number, number]> = [];
  // A person's name ends before "of": "King Abdullah of Jordan" names a place after it.
  const people = doc.mentions
    .filter((m) => m.type === 'PER')
    .map((m) => ({ start: m.start, text: m.text.split(/\s+of\s+/)[0]!.trim() }))
    .filter((m) => /\s/.test(m.text));
  const notPlaces = new Set(people.map((m) => m.text.split(/\s+/).pop()!));
  const inPerson = (s: number, e: number) => people.some((m) => m.start <= s && e <= m.start + m.text.length);
  // An organisation named exactly like a town ("White House", Tennessee) is the organisation; the recogniser
  // also calls some regions organisations ("Gaza Strip"), which stay places.
  const key = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
  const located = new Set(doc.mentions.filter((m) => m.type === 'LOC' || m.type === 'GPE').map(key));
  const organisations = new Set(doc.mentions.filter((m) => m.type === 'ORG' && /\s/.test(m.text.trim()) && !located.has(key(m))).map(key));
  const accept = (s: number, e: number, entries: readonly GazetteerEntry[]) => {
    const name = text.slice(s, e);
    if (personBefore(text, s, cues) || notPlaces.has(name) || inPerson(s, e)) return;
    if (organisations.has(`${s}:${e}`) && entries.every((x) => x.kind === 'city')) return;
    out.push(candidate(text, s, e, entries));
  };
  for (const run of properRuns(doc.tokens, text)) {
    seen.push([run.start, run.end]);
    const words = run.parts;
    const whole = text.slice(run.start, run.end);
    const entries = cues.group.has(whole.toLowerCase()) ? [] : gazetteer.lookup(whole);
    if (entries.length) {
      accept(run.start, run.end, entries);
      continue;
    }
    if (words.length > 1) notPlaces.add(text.slice(words[words.length - 1]![0], words[words.length - 1]![1]));
    // "US President Joe Biden", "Iran-Iraq": a country at the start of a longer name, or each part of a hyphenated one.
    for (const [s, e] of run.hyphenated ? words : words.slice(0, 1)) {
      const found = gazetteer.lookup(text.slice(s, e));
      if (found.length && (run.hyphenated || found.some((f) => f.kind === 'country'))) accept(s, e, found);
    }
  }
  for (const m of doc.mentions) {
    if (seen.some(([a, b]) => m.start < b && a < m.end)) continue;
    const entries = gazetteer.lookup(m.text);
    const countryName = m.type === 'NORP' && entries.some((e) => e.kind === 'country' && e.via !== 'alias');
    if ((m.type === 'LOC' || m.type === 'GPE' || countryName) && entries.length) accept(m.start, m.end, entries);
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
  // wordBefore lower-cases: the word may be written "Of" ("Bank Of Nova Scotia").
  const beforeOf = before === 'of' ? wordBefore(text, start - /of\s*$/i.exec(text.slice(0, start))![0].length) : '';
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
