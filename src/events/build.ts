import { createHash } from 'node:crypto';
import type { Doc, Event, Place, TimeExpression } from '../model/index.js';
import type { Side } from './actors.js';
import type { Ontology } from './ontology/index.js';
import type { Candidate } from './propose.js';
import type { Tree } from './tree.js';

const BASE_CONFIDENCE: Record<string, number> = { verb: 0.85, support: 0.8, adjective: 0.75, noun: 0.7 };

export interface Situation {
  date: Event['date'];
  time: TimeExpression | null;
  place: Place | null;
}

/** The event record for one candidate and one pair of sides, its code settled. */
export function buildEvent(doc: Readonly<Doc>, tree: Tree, ontology: Ontology, c: Candidate, code: string, pair: [Side, Side], at: Situation): Event {
  const coding = ontology.eventCoding(code)!;
  const m = c.match;
  const [source, target] = pair;
  const tokens = [m.anchor, ...(m.noun !== null ? [m.noun] : []), ...(m.complement !== null ? tree.phrase(m.complement) : [])];
  for (const side of pair) if (side.token >= 0) tokens.push(side.token);
  const starts = tokens.map((i) => tree.tokens[i]!.start);
  const ends = tokens.map((i) => tree.tokens[i]!.end);
  // A side's whole name, not only the word that heads it ("Cyrus R. Vance", headed by "R."); a name the sentence
  // gives elsewhere (a speaker's, a chain's) is not quoted.
  for (const side of pair) {
    const m = side.mention;
    if (m && m.start >= doc.sentences[c.sentence]!.start && m.end <= doc.sentences[c.sentence]!.end) (starts.push(m.start), ends.push(m.end));
  }
  for (const span of [at.time, at.place]) if (span) (starts.push(span.start), ends.push(span.end));
  const start = Math.min(...starts);
  const end = Math.max(...ends);
  const quoteIndex = doc.quotes.findIndex((q) => q.start <= tree.tokens[m.anchor]!.start && tree.tokens[m.anchor]!.end <= q.end);
  const id = createHash('sha1').update(`${doc.article.id}|${m.anchor}|${source.text}|${target.text}|${code}`).digest('hex').slice(0, 16);
  return {
    id,
    source: { actorId: source.actorId, code: source.code, text: source.text },
    target: { actorId: target.actorId, code: target.code, text: target.text },
    ...coding,
    date: at.date,
    place: at.place ? { name: at.place.name, country: at.place.country, lat: at.place.lat, lon: at.place.lon } : null,
    negated: c.stance.negated,
    modality: c.stance.modality,
    quoteIndex: quoteIndex < 0 ? null : quoteIndex,
    evidence: { start, end, text: doc.article.text.slice(start, end), sentence: c.sentence },
    rule: m.rule.id,
    confidence: round(confidence(c, pair, at, code)),
    mentions: 1,
  };
}

/** How sure the coder is: the construction, how many sides resolved to actors, reported speech and an assumed date lower it. */
function confidence(c: Candidate, [source, target]: [Side, Side], at: Situation, code: string): number {
  let x = BASE_CONFIDENCE[c.match.rule.kind] ?? 0.7;
  const resolved = Number(!!source.actorId) + Number(!!target.actorId);
  x *= [0.4, 0.75, 1][resolved]!;
  if (c.stance.modality === 'reported') x *= 0.9;
  if (at.date.from === 'publication') x *= 0.95;
  if (c.match.rule.frame && code === c.match.rule.code) x *= 0.9;
  return x;
}

const round = (x: number) => Math.round(x * 100) / 100;
