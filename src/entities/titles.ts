import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir } from '../actors/kb/index.js';

/** The role and title words of data/entities/titles.txt, lower case. */
export function loadTitles(file = join(dirname(packageDataDir()), 'entities', 'titles.txt')): Set<string> {
  return loadWordList(file);
}

/** The nouns of data/entities/country-words.txt, which describe a country ("the Arab country"). */
export function loadCountryWords(file = join(dirname(packageDataDir()), 'entities', 'country-words.txt')): Set<string> {
  return loadWordList(file);
}

function loadWordList(file: string): Set<string> {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
