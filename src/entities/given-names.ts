import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir } from '../actors/kb/index.js';

export type Sex = 'm' | 'f';

/** The given names of data/entities/given-names.tsv (lower case) with the sex of nearly all who bear them. */
export function loadGivenNames(file = join(dirname(packageDataDir()), 'entities', 'given-names.tsv')): Map<string, Sex> {
  const names = new Map<string, Sex>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, sex] = line.split('\t');
    if (name && (sex === 'm' || sex === 'f')) names.set(name, sex);
  }
  return names;
}
