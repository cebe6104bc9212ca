import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { CountryEntry } from '../actors/kb/index.js';
import { InputError } from '../read/errors.js';
import { Gazetteer } from './gazetteer.js';
import { GazetteerRow, parseRow } from './gazetteer-file.js';
import { PlaceCues } from './cues.js';

export interface LoadGazetteerOptions {
  /** Folder with gazetteer.tsv.gz and additions.jsonl (default: data/places of the dyad package). */
  dataDir?: string;
}

const Addition = GazetteerRow.extend({ alias: z.boolean().optional(), of: z.string().optional(), source: z.string().min(1) });

/** Loads the built gazetteer and the hand-written additions, with the knowledge base's countries (about 150 ms). */
export function loadGazetteer(countries: Iterable<CountryEntry>, options: LoadGazetteerOptions = {}): Gazetteer {
  const dir = options.dataDir ?? placesDataDir();
  const lines = gunzipSync(readFileSync(join(dir, 'gazetteer.tsv.gz'))).toString('utf8').split('\n');
  const rows = lines.filter((l) => l && !l.startsWith('#')).map(parseRow);
  const additionsFile = join(dir, 'additions.jsonl');
  const additions = existsSync(additionsFile) ? readAdditions(additionsFile) : [];
  return new Gazetteer(rows, countries, additions);
}

/** Reads and validates the hand-written additions; the first problem throws, naming file and line. */
export function readAdditions(file: string): Array<GazetteerRow & { alias?: boolean; of?: string }> {
  const out: Array<GazetteerRow & { alias?: boolean; of?: string }> = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}`, 'Not valid JSON');
    }
    const parsed = Addition.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(`${file}:${i + 1}`, `${issue.path.join('.')}: ${issue.message}`);
    }
    out.push(parsed.data);
  });
  return out;
}

/** data/places of the installed package, found from this file upwards (works from src/ and dist/). */
export function placesDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'places'))) return join(dir, 'data', 'places');
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find data/places in the dyad package');
    dir = up;
  }
}

/** Loads data/places/cues.json (or the one in `dataDir`). */
export function loadPlaceCues(options: LoadGazetteerOptions = {}): PlaceCues {
  const file = join(options.dataDir ?? placesDataDir(), 'cues.json');
  return PlaceCues.parse(JSON.parse(readFileSync(file, 'utf8')));
}
