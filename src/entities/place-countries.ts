import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nameKey, packageDataDir } from '../actors/kb/index.js';
import { parseRow } from '../places/gazetteer-file.js';

/**
 * The country of each region and town of the places gazetteer (and its hand-written additions) by name key, where
 * every place of that name lies in one country: "police in Mogadishu", "the mayor of Kyiv" are that country's. A name
 * that towns of several countries bear is left out, however big one of them is: "the town of Madrid" in a story on
 * the Philippines is not Spain's, which only the places stage, reading the whole article, can tell.
 */
export function loadPlaceCountries(lines: readonly string[]): Map<string, string> {
  const places = new Map<string, Set<string>>();
  const add = (name: string, country: string, kind: string) => {
    if (kind === 'country') return;
    const key = nameKey(name);
    places.set(key, (places.get(key) ?? new Set()).add(country));
  };
  for (const line of lines) {
    if (!line || line.startsWith('#')) continue;
    const row = parseRow(line);
    add(row.name, row.country, row.kind);
  }
  const additions = join(dirname(packageDataDir()), 'places', 'additions.jsonl');
  if (existsSync(additions)) {
    for (const line of readFileSync(additions, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('//')) continue;
      const row = JSON.parse(line) as { name: string; kind: string; country: string };
      add(row.name, row.country, row.kind);
    }
  }
  const out = new Map<string, string>();
  for (const [key, countries] of places) if (countries.size === 1) out.set(key, [...countries][0]!);
  return out;
}
