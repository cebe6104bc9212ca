import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden', 'read');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** The read stage's golden inputs: the pages kept beside their expected articles, and the bundled seed page. */
export function goldenInputs(): Array<{ name: string; path: string }> {
  const kept = readdirSync(GOLDEN_DIR).filter((f) => /\.(html|txt)$/.test(f)).map((name) => ({ name, path: join(GOLDEN_DIR, name) }));
  return [...kept, { name: 'seed-article.html', path: join(EXAMPLES, 'seed', 'eghtesadonline-34597.html') }];
}

export const goldenInput = (name: string) => goldenInputs().find((i) => i.name === name)!.path;
