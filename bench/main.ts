// npm run bench [-- NAME...]: runs the benchmarks bench/NAME.ts (all of them when no name is given).
// Each benchmark's default export prints its figures and the machine it ran on.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['main.ts'].includes(f) && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
for (const name of wanted.length ? wanted : available) {
  if (!available.includes(name)) {
    console.error(`bench: no benchmark named "${name}" (have: ${available.join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n== ${name}`);
  const scorer = (await import(join(here, `${name}.ts`))) as { default: (flags: string[]) => Promise<void> | void };
  await scorer.default(flags);
}
