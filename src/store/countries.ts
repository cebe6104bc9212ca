import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COUNTRIES_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'kb', 'countries.jsonl');
let codes: Set<string> | null = null;

/**
 * The country a CAMEO actor code starts with (`IRNGOV` → `IRN`), or null for
 * codes that start with no country (`IGOUNO`, `NGO`, regions such as `MEA`).
 */
export function countryOfCode(code: string): string | null {
  codes ??= new Set(
    readFileSync(COUNTRIES_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { cameo: string }).cameo)
      .filter((cameo) => cameo.length === 3),
  );
  const prefix = code.slice(0, 3);
  return codes.has(prefix) ? prefix : null;
}
