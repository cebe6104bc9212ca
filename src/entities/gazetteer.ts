import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nameKey, packageDataDir, type ActorEntry, type KnowledgeBase } from '../actors/kb/index.js';
import { parseRow, type GazetteerRow } from '../places/gazetteer-file.js';
import { isArticleName } from '../text/article-names.js';
import { ORGANISATION_HEADS } from './organisation-names.js';

// The knowledge base as a gazetteer over tokens: which token sequences are names of people, organisations or
// places, which words are surnames, nationality adjectives or titles. The recogniser uses these as features;
// the mention finder uses them to type places (GPE) and nationality words (NORP).
// Towns, provinces and geographic names that are no actor join it as place names (GAZ_PLACE) for the recogniser only.

export const GAZ_PER = 1;
export const GAZ_ORG = 2;
export const GAZ_LOC = 4;
/** A country or a capital: a place that is also a government (GPE). */
export const GAZ_GPE = 8;
/** A word that ends an organisation's name of several words ("Association", "Bureau"). */
export const NAME_END_ORG = 16;
/**
 * A town, province or geographic name that is no actor (loadPlaceNames, loadGeographicNames): a feature, which keeps
 * no word from being a role ("Clinton" is a town as well as a person) and types no span, but for a geographic name
 * where the recogniser saw none (`isRegion`).
 */
export const GAZ_PLACE = 32;

const MAX_WORDS = 8;
const POSSESSIVE = /^['’]s$/;
/** Words written in lower case inside names ("Bank of England", "Organisation for the Prohibition of ..."). */
const LINKS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'in', 'on', 'at', 'to', 'von', 'van', 'der', 'y', 'del', 'da', 'do', 'dos', 'e', 'et', 'und', '&']);

/** A word written in lower case inside a name: a link word or a possessive the tokenizer split off ("People 's"). */
export function isNameLink(word: string): boolean {
  return LINKS.has(word) || POSSESSIVE.test(word);
}

/** Whether a word can open a name: it begins with a capital, or is an Arabic name whose article is in lower case ("al-Shabaab"). */
export function opensName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || isArticleName(word);
}

export interface GazetteerMatch {
  start: number;
  /** Exclusive. */
  end: number;
  types: number;
}

export class Gazetteer {
  /** Name key (words joined by single spaces) → type bits. */
  private readonly names = new Map<string, number>();
  /** Every proper prefix of a name key, so that matching stops as soon as no name can continue. */
  private readonly prefixes = new Set<string>();
  private readonly surnames = new Set<string>();
  /** Names of companies, news media and international organisations: institutions whose names are their own. */
  private readonly institutions = new Set<string>();
  private readonly adjectives = new Set<string>();
  private readonly titles = new Set<string>();
  /** Lower-case word → the types of the names it is part of, and NAME_END_ORG when it ends an organisation's name. */
  private readonly nameWords = new Map<string, number>();
  /** Common words that the knowledge base only ever writes in capitals as names ("IS", "WHO"): they match no "Is" or "Who". */
  private readonly capitalsOnly = new Set<string>();
  /** Names of several words some spelling of which writes a content word in lower case ("Islamic State group"). */
  private readonly lowerCaseWords = new Set<string>();
  /** Geographic names (data/entities/geographic-names.txt): seas, rivers, ranges, deserts and world regions. */
  private readonly regions = new Set<string>();

  constructor(
    kb: KnowledgeBase,
    private readonly commonWords: ReadonlySet<string> = new Set(),
    places: Iterable<string> = [],
    regions: Iterable<string> = [],
  ) {
    const spelledOtherwise = new Set<string>();
    // Acronyms that are also common words ("IS", "WHO", "US") and those of three letters or fewer, which other
    // words share in other spellings ("Inc." is not India's INC, "Mr." not Belgium's MR): "Nato" and "Isis" are
    // house styles of the press.
    const spelling = (name: string, key: string) => {
      if (key.includes(' ') && name.split(/\s+/).some((w, i) => i > 0 && !isNameLink(w) && !/^\P{Ll}/u.test(w))) this.lowerCaseWords.add(key);
      if (key.includes(' ') || (!commonWords.has(key) && key.length > 3)) return;
      if (inCapitals(name)) this.capitalsOnly.add(key);
      else spelledOtherwise.add(key);
    };
    for (const actor of kb.actors.values()) {
      const bits = typeBits(actor);
      for (const name of [actor.name, ...actor.aliases]) {
        const key = nameKey(name);
        spelling(name, key);
        if (!key.includes(' ') && commonWords.has(key) && bits === GAZ_PER) continue;
        this.put(key, bits);
        if (actor.type === 'company' || actor.type === 'media' || actor.type === 'igo') this.institutions.add(key);
        if (actor.type === 'person') {
          const words = key.split(' ');
          const last = words.at(-1)!;
          if (words.length > 1 && last.length > 2 && !commonWords.has(last)) this.surnames.add(last);
        }
      }
    }
    for (const country of kb.countries.values()) {
      for (const name of [country.name, ...country.aliases, ...country.capital]) {
        const key = nameKey(name);
        // Not a capital the knowledge base does not index as one ("The Valley", a common word without its article).
        if (country.capital.includes(name) && !kb.countryByCapital(name)) continue;
        spelling(name, key);
        this.put(key, GAZ_LOC | GAZ_GPE);
      }
      for (const adjective of country.adjectives) this.adjectives.add(nameKey(adjective));
    }
    // No common word alone is a place name ("Mobile", "Reading").
    const placeKey = (name: string) => {
      const key = nameKey(name);
      return key.includes(' ') || !commonWords.has(key) ? key : null;
    };
    for (const name of places) {
      const key = placeKey(name);
      if (key) this.put(key, GAZ_PLACE);
    }
    for (const name of regions) {
      const key = placeKey(name);
      if (key) {
        this.put(key, GAZ_PLACE);
        this.regions.add(key);
      }
    }
    for (const word of kb.agents.keys()) if (!word.includes(' ')) this.titles.add(word);
    for (const key of spelledOtherwise) this.capitalsOnly.delete(key);
  }

  private put(key: string, bits: number): void {
    if (!key) return;
    const parts = key.split(' ');
    if (bits & 7) parts.forEach((w, i) => {
      const end = i === parts.length - 1 && parts.length > 1 && bits === GAZ_ORG ? NAME_END_ORG : 0;
      this.nameWords.set(w, (this.nameWords.get(w) ?? 0) | (bits & 7) | end);
    });
    this.names.set(key, (this.names.get(key) ?? 0) | bits);
    let words = 1;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      if (++words > MAX_WORDS) return;
      this.prefixes.add(key.slice(0, at));
    }
  }

  /** Type bits of a name given as a key (GAZ_PLACE included), 0 when unknown. */
  typesOf(key: string): number {
    return this.names.get(key) ?? 0;
  }

  /**
   * Longest names over the tokens, left to right, not overlapping (`keys`: the words' `tokenKey`s, when the caller
   * has them). A name must begin with a capitalised token (`capitalised[i]`), so that "may" and "will" in running
   * text match nothing, and a common word that is a name only in capitals must be so written ("WHO", not "Who").
   * Tokens marked in `joiners` (the hyphen the tokenizer splits off in "Lai Ching-te") may sit inside a name.
   * Place names that are no actor (GAZ_PLACE) match only with `places` (the recogniser's features).
   */
  match(words: readonly string[], options: { capitalised: ArrayLike<boolean>; keys?: readonly string[]; joiners?: ArrayLike<boolean>; places?: boolean }): GazetteerMatch[] {
    const { capitalised, joiners } = options;
    const mask = options.places ? -1 : ~GAZ_PLACE;
    const keys = options.keys ?? words.map(tokenKey);
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < keys.length; ) {
      let best: GazetteerMatch | null = null;
      if (capitalised[i] && keys[i]) {
        let key = '';
        for (let j = i; j < keys.length && j < i + MAX_WORDS; j++) {
          if (!keys[j]) {
            if (joiners?.[j] && j > i) continue;
            break;
          }
          // A possessive the tokenizer split off joins its word, as the names' keys write it ("People's Republic").
          key = key ? (j > i && POSSESSIVE.test(words[j]!) ? key + keys[j] : `${key} ${keys[j]}`) : keys[j]!;
          const types = (this.names.get(key) ?? 0) & mask;
          if (types && (j > i ? this.cased(words, i, j, key) : !this.capitalsOnly.has(key) || inCapitals(words[i]!))) best = { start: i, end: j + 1, types };
          if (!this.prefixes.has(key)) break;
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }

  /**
   * A name of several words the knowledge base writes with capitals throughout is so written, but for the noun that
   * says what it is ("the Democratic party", "the United States military") or a syllable after a hyphen ("Lai
   * Ching-te"): "Iran air strikes" are no Iran Air.
   */
  private cased(words: readonly string[], i: number, j: number, key: string): boolean {
    if (this.lowerCaseWords.has(key)) return true;
    for (let d = i + 1; d <= j; d++) {
      const w = words[d]!;
      if (/^\p{Ll}/u.test(w) && !isNameLink(w) && !ORGANISATION_HEADS.has(w) && !this.titles.has(w) && words[d - 1] !== '-') return false;
    }
    return true;
  }

  /** Type bits of the names a word is part of (see nameWords), 0 for none. */
  nameWordTypes(key: string): number {
    return this.nameWords.get(key) ?? 0;
  }

  isSurname(key: string): boolean {
    return this.surnames.has(key);
  }

  /** A name of a company, news medium or international organisation (and of nothing else the knowledge base knows). */
  isInstitution(key: string): boolean {
    return this.institutions.has(key) && (this.names.get(key)! & (GAZ_PER | GAZ_LOC)) === 0;
  }

  /** A geographic name: a world region, sea, river, range or desert, which names no actor. */
  isRegion(key: string): boolean {
    return this.regions.has(key);
  }

  isAdjective(key: string): boolean {
    return this.adjectives.has(key);
  }

  /** A common English word (data/kb/common-words.txt). */
  isCommon(key: string): boolean {
    return this.commonWords.has(key);
  }

  isTitle(key: string): boolean {
    return this.titles.has(key);
  }
}

/** A token's key for the gazetteer: `nameKey` of the token, "" for punctuation ("al-Muhandis" → "al muhandis"). */
export function tokenKey(word: string): string {
  return nameKey(word);
}

/** The name key of a run of tokens, as the knowledge base's names are keyed: a possessive the tokenizer split off joins its word ("People 's Republic" → "peoples republic"), punctuation drops out. */
export function keyOfTokens(words: readonly string[]): string {
  let key = '';
  for (const w of words) {
    const k = tokenKey(w);
    if (!k) continue;
    key = !key ? k : POSSESSIVE.test(w) ? key + k : `${key} ${k}`;
  }
  return key;
}

/** Written in capitals, with at least two letters ("WHO", "U.S."). */
function inCapitals(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase() && /\p{L}.*\p{L}/u.test(word);
}

function typeBits(actor: ActorEntry): number {
  if (actor.type === 'person') return GAZ_PER;
  if (actor.type === 'country') return GAZ_LOC | GAZ_GPE;
  return GAZ_ORG;
}

/** The lines of the places stage's gazetteer (data/places/gazetteer.tsv.gz), none when it is absent. */
export function readPlacesFile(): string[] {
  const file = join(dirname(packageDataDir()), 'places', 'gazetteer.tsv.gz');
  return existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8').split('\n') : [];
}

/** A place of the places gazetteer, as the entity stages read it. */
export type PlaceRow = Pick<GazetteerRow, 'name' | 'kind' | 'country' | 'population'>;

/** The places of the gazetteer's lines and of its hand-written additions ("Kiev", "New York", "Gaza Strip", "Donbas"). */
export function placeRows(lines: readonly string[] = readPlacesFile()): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const line of lines) if (line && !line.startsWith('#')) rows.push(parseRow(line));
  const additions = join(dirname(packageDataDir()), 'places', 'additions.jsonl');
  if (existsSync(additions)) {
    for (const line of readFileSync(additions, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('//')) continue;
      const row = JSON.parse(line) as PlaceRow;
      rows.push({ name: row.name, kind: row.kind, country: row.country, population: row.population ?? 0 });
    }
  }
  return rows;
}

/** Names of towns above a size (default 100,000 people) and provinces, from the places gazetteer. */
export function loadPlaceNames(minPopulation = 100_000, rows: readonly PlaceRow[] = placeRows()): string[] {
  return rows.filter((row) => row.kind === 'region' || (row.kind === 'city' && row.population >= minPopulation)).map((row) => row.name);
}

/** World regions, seas, rivers, ranges and deserts: data/entities/geographic-names.txt. */
export function loadGeographicNames(): string[] {
  const file = join(dirname(packageDataDir()), 'entities', 'geographic-names.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
}

/** The knowledge base's list of common English words (which alone name no person), empty when it has none. */
export function loadCommonWords(): Set<string> {
  const file = join(packageDataDir(), 'common-words.txt');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter((w) => w && !w.startsWith('#')));
}
