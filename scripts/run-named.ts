// `npm run eval|bench [-- NAME...]`: runs the default export of DIR/NAME.ts for each name (all of them
// when none is given), passing the remaining `-flags`. Files starting with `_` are helpers, not entries.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function runNamed(dir: string, kind: string, argv: string[]): Promise<void> {
  const available = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'main.ts' && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const flags = argv.filter((a) => a.startsWith('-'));
  for (const name of wanted.length ? wanted : available) {
    if (!available.includes(name)) {
      console.error(`${kind}: nothing named "${name}" (have: ${available.join(', ')})`);
      process.exitCode = 2;
      continue;
    }
    console.log(`\n== ${name}`);
    const entry = (await import(join(dir, `${name}.ts`))) as { default: (flags: string[]) => Promise<void> | void };
    await entry.default(flags);
  }
}
