// npm run bench -- time-amounts: speed of the time and amounts stages on one
// core, over the BBC News 2004–05 texts (../shared/data/news, no dates: each is
// given the same publication time) and the dated VOA stories.
import { readFileSync } from 'node:fs';
import { extractAmounts } from '../src/amounts/index.js';
import { extractTimes } from '../src/time/index.js';
import { sharedPath } from '../eval/_shared.js';
import { machine } from './_machine.js';

interface Text { text: string; published: string | null }

// Words, numbers and punctuation marks, as a tokenizer counts them.
const TOKEN = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

function load(path: string, published: string | null): Text[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { text: string; published?: string };
    return { text: row.text, published: row.published ?? published };
  });
}

// Best of three runs, in CPU time of this process: the machine is shared, and
// wall time would count the waits for a core as the stage's own.
function rate(label: string, texts: Text[], tokens: number, run: (t: Text) => unknown[]): number {
  for (const t of texts.slice(0, 100)) run(t); // warm up the JIT
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    found = 0;
    for (const t of texts) found += run(t).length;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  const perSecond = tokens / best;
  console.log(`  ${label.padEnd(18)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} tokens per CPU second (${best.toFixed(2)} s, ${found.toLocaleString('en')} found)`);
  return perSecond;
}

export default function timeAmounts(): void {
  console.log(machine());
  const bbc = sharedPath('data', 'news', 'bbc-2005', 'bbc-2005.jsonl');
  const voa = sharedPath('data', 'examples', 'voa-ngec', 'voa_stories.jsonl');
  if (!bbc || !voa) return;
  for (const [name, texts] of [['BBC 2004-05', load(bbc, '2005-06-15T12:00:00')], ['VOA 2019-25', load(voa, null)]] as const) {
    const tokens = texts.reduce((n, t) => n + (t.text.match(TOKEN)?.length ?? 0), 0);
    console.log(`${name}: ${texts.length} articles, ${tokens.toLocaleString('en')} tokens`);
    rate('time', texts, tokens, (t) => extractTimes(t.text, t.published));
    rate('amounts', texts, tokens, (t) => extractAmounts(t.text));
    rate('time + amounts', texts, tokens, (t) => [...extractTimes(t.text, t.published), ...extractAmounts(t.text)]);
  }
  console.log('target: time, places, quotes and amounts together ≥ 200,000 tokens/s on one core');
}
