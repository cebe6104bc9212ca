import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir } from '../actors/kb/index.js';

/**
 * The role and title words of data/entities/titles.txt, lower case, with the forms the tokenizer keeps whole
 * after a prefix and a hyphen (UD English's "vice-president", "co-chair", "ex-president").
 */
export function loadTitles(file = join(dirname(packageDataDir()), 'entities', 'titles.txt')): Set<string> {
  const titles = loadWordList(file);
  for (const title of [...titles]) for (const prefix of TITLE_PREFIXES) titles.add(`${prefix}-${title}`);
  return titles;
}

const TITLE_PREFIXES = ['vice', 'co', 'ex'];

/** The portfolio words of data/entities/portfolios.txt ("commerce" in "Commerce Minister"), lower case. */
export function loadPortfolios(file = join(dirname(packageDataDir()), 'entities', 'portfolios.txt')): Set<string> {
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
