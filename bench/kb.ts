// npm run bench -- kb: how long the knowledge base takes to load (the target is 500 ms), and what it holds.
import { loadKnowledgeBase } from '../src/actors/kb/index.js';
import { cpus, loadavg } from 'node:os';
import { machine } from './_machine.js';

export default function bench(): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let kb = loadKnowledgeBase({ userDir: null });
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    kb = loadKnowledgeBase({ userDir: null });
    times.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  const lookups = ['Hassan Rouhani', 'Hussein', 'Iraqi Foreign Minister Fuad Hussein', 'IS', 'May'];
  const start = performance.now();
  const rounds = 2000;
  for (let i = 0; i < rounds; i++) for (const name of lookups) kb.findActors(name, { countries: ['IRN', 'IRQ'], date: '2021-02-06' });
  const perLookup = ((performance.now() - start) * 1000) / (rounds * lookups.length);
  console.log(`load: median ${sorted[2]!.toFixed(0)} ms, best ${sorted[0]!.toFixed(0)} ms, worst ${sorted[4]!.toFixed(0)} ms (5 loads after a warm-up; target 500 ms)`);
  // On a shared machine the wall time counts other processes' work too; the CPU time is this process's own.
  console.log(`load CPU time: median ${cpuSorted[2]!.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  console.log(`findActors: ${perLookup.toFixed(1)} µs per name`);
  for (const [kind, n] of Object.entries(kb.counts())) console.log(`  ${kind.padEnd(32)} ${n}`);
  console.log(machine());
}
