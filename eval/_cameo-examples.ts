// The CAMEO manual's example sentences (eval/gold/cameo-examples.jsonl) as a measure of an event coder:
// the share of sentences that get an event with the right root code, and with the exact code.
// Targets (issue 6): ≥ 70 % right root, ≥ 50 % exact code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pct } from './_shared.js';

export interface CameoExample {
  code: string;
  root: string;
  sentence: string;
  note: string | null;
}

/** What a coder returns for one sentence: the events it found, each with a CAMEO code. */
export type CameoCoder = (sentence: string) => { cameo: string }[] | Promise<{ cameo: string }[]>;

export const TARGETS = { root: 0.7, exact: 0.5 };

export interface RootScore {
  root: string;
  n: number;
  /** Sentences with an event of this root. */
  rootHits: number;
  /** Sentences with an event of exactly the gold code. */
  exactHits: number;
}

export interface CameoExampleScore {
  n: number;
  /** Share of sentences with at least one event of the right root. */
  root: number;
  /** Share of sentences with at least one event of exactly the right code. */
  exact: number;
  /** Share of sentences with no event at all. */
  none: number;
  /** Events per sentence: a coder that proposes everything would get high recall and a high figure here. */
  eventsPerSentence: number;
  /** Share of all proposed events whose root is the gold root. */
  rootPrecision: number;
  byRoot: RootScore[];
  /** The sentences missed at the root level, for reading. */
  misses: { example: CameoExample; got: string[] }[];
}

export function loadCameoExamples(): CameoExample[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'gold', 'cameo-examples.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CameoExample);
}

export async function scoreCameoExamples(coder: CameoCoder, examples: CameoExample[] = loadCameoExamples()): Promise<CameoExampleScore> {
  const roots = new Map<string, RootScore>();
  const misses: CameoExampleScore['misses'] = [];
  let rootHits = 0;
  let exactHits = 0;
  let none = 0;
  let events = 0;
  let rightRootEvents = 0;
  for (const example of examples) {
    const got = (await coder(example.sentence)).map((e) => e.cameo);
    const rootOk = got.some((c) => c.slice(0, 2) === example.root);
    const exactOk = got.includes(example.code);
    const r = roots.get(example.root) ?? { root: example.root, n: 0, rootHits: 0, exactHits: 0 };
    r.n++;
    if (rootOk) (r.rootHits++, rootHits++);
    else misses.push({ example, got });
    if (exactOk) (r.exactHits++, exactHits++);
    if (!got.length) none++;
    events += got.length;
    rightRootEvents += got.filter((c) => c.slice(0, 2) === example.root).length;
    roots.set(example.root, r);
  }
  const n = examples.length;
  return {
    n,
    root: rootHits / n,
    exact: exactHits / n,
    none: none / n,
    eventsPerSentence: events / n,
    rootPrecision: events ? rightRootEvents / events : 0,
    byRoot: [...roots.values()].sort((a, b) => a.root.localeCompare(b.root)),
    misses,
  };
}

/** Prints a score: the two headline figures against their targets, then one line per root. */
export function printCameoScore(label: string, s: CameoExampleScore, names: (root: string) => string = () => ''): void {
  const mark = (x: number, target: number) => (x >= target ? 'meets' : 'below');
  console.log(`${label}: ${s.n} CAMEO manual examples`);
  console.log(`  right root   ${pct(s.root)}  (target ${pct(TARGETS.root, 0)}: ${mark(s.root, TARGETS.root)})`);
  console.log(`  exact code   ${pct(s.exact)}  (target ${pct(TARGETS.exact, 0)}: ${mark(s.exact, TARGETS.exact)})`);
  console.log(`  no event     ${pct(s.none)};  ${s.eventsPerSentence.toFixed(2)} events per sentence, ${pct(s.rootPrecision)} of them with the right root`);
  for (const r of s.byRoot) {
    console.log(`    ${r.root} ${names(r.root).padEnd(34)} n=${String(r.n).padStart(3)}  root ${pct(r.rootHits / r.n).padStart(7)}  exact ${pct(r.exactHits / r.n).padStart(7)}`);
  }
}
