// npm run eval -- ontology: what data/ontology holds, and whether the example set agrees with it.
import { loadOntology } from '../src/events/ontology/index.js';
import { loadCameoExamples } from './_cameo-examples.js';

export default function ontology(): void {
  const o = loadOntology();
  const codes = o.codes();
  const byLength = (n: number) => codes.filter((c) => c.code.length === n).length;
  console.log(`CAMEO codes      ${codes.length} (${byLength(2)} roots, ${byLength(3)} three-digit, ${byLength(4)} four-digit)`);
  for (const q of [1, 2, 3, 4]) console.log(`  QuadClass ${q}     ${codes.filter((c) => c.quadClass === q).length}`);
  console.log(`  Goldstein from the parent: ${codes.filter((c) => c.goldsteinFrom === 'parent').map((c) => c.code).join(', ')}`);

  const types = o.ploverTypes();
  console.log(`PLOVER types     ${types.length}, modes ${types.reduce((n, t) => n + t.modes.length, 0)}, contexts ${o.ploverContexts().length}`);

  const how = new Map<string, number>();
  for (const c of codes) how.set(c.mapping.how, (how.get(c.mapping.how) ?? 0) + 1);
  console.log(`CAMEO → PLOVER   ${codes.length} mapped (${[...how].map(([h, n]) => `${h} ${n}`).join(', ')})`);
  for (const t of types) {
    const n = codes.filter((c) => c.plover.type === t.name).length;
    console.log(`  ${t.name.padEnd(10)} ${String(n).padStart(3)} codes`);
  }
  console.log(`  no type    ${String(codes.filter((c) => c.plover.type === null).length).padStart(3)} codes (CAMEO 01x, dropped by PLOVER)`);

  const examples = loadCameoExamples();
  const unknown = examples.filter((e) => !o.isCameo(e.code));
  const covered = new Set(examples.map((e) => e.code));
  console.log(`CAMEO examples   ${examples.length} sentences for ${covered.size} codes; ${unknown.length ? `unknown codes: ${unknown.map((e) => e.code).join(', ')}` : 'every code known'}`);
  if (unknown.length) process.exitCode = 1;
}
