import type { Doc, Token } from '../model/index.js';
import { nameKey, type CountryEntry, type KnowledgeBase } from '../actors/kb/index.js';
import type { AgentWords } from './agents.js';
import type { Gazetteer } from './gazetteer.js';
import type { Sex } from './given-names.js';

/** What the mention finders share: the knowledge base, the gazetteer, the title words. */
export interface EntityResources {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
  titles: ReadonlySet<string>;
  /** Words naming a government portfolio, a role word before a title ("Commerce Minister"). */
  portfolios: ReadonlySet<string>;
  /** Nouns that describe a country after "the" ("the Arab country"). */
  countryNouns: ReadonlySet<string>;
  agents: AgentWords;
  /** What countryOfWord found for each word so far. */
  countryWords: Map<string, CountryWord>;
  /** Capitals another country's region or bigger town also names ("Victoria"): no country's alone. */
  shadowedCapitals: ReadonlySet<string>;
  /** The country of a region's or town's name that is one country's (`place-countries.ts`), by name key. */
  placeCountries: ReadonlyMap<string, string>;
  /** The country of a region's name that regions of one country alone bear (`loadRegionCountries`). */
  regionCountries: ReadonlyMap<string, string>;
  /** Given names borne by nearly only men or only women ("hassan" m, "fatima" f). */
  givenNames: ReadonlyMap<string, Sex>;
}

/** One document's tokens with their words, as the finders read them. */
export class TokenView {
  readonly words: string[];
  readonly lower: string[];
  constructor(
    readonly doc: Readonly<Doc>,
    readonly tokens: readonly Token[] = doc.tokens,
  ) {
    this.words = tokens.map((t) => doc.article.text.slice(t.start, t.end));
    this.lower = this.words.map((w) => w.toLowerCase());
  }

  text(start: number, end: number): string {
    return this.doc.article.text.slice(this.tokens[start]!.start, this.tokens[end - 1]!.end);
  }

  sameSentence(a: number, b: number): boolean {
    return this.tokens[a]?.sentence === this.tokens[b]?.sentence;
  }

  /** Whether token i opens its sentence. */
  opensSentence(i: number): boolean {
    return i === 0 || !this.sameSentence(i - 1, i);
  }

  private named: string[] | null = null;
  /** The countries the document names by name or adjective, most named first (capitals aside). */
  countriesNamed(res: EntityResources): string[] {
    if (!this.named) {
      const counts = new Map<string, number>();
      for (const w of this.words) {
        const found = /^\p{Lu}/u.test(w) ? countryOfWord(res, w) : null;
        if (found && found.how !== 'capital') counts.set(found.country.iso3, (counts.get(found.country.iso3) ?? 0) + 1);
      }
      this.named = [...counts].sort((a, b) => b[1] - a[1]).map(([iso3]) => iso3);
    }
    return this.named;
  }

  private lowerCase: Set<string> | null = null;
  /** Whether the document writes this lower-case word in lower case somewhere. */
  writesLowerCase(lower: string): boolean {
    this.lowerCase ??= new Set(this.words.filter((w) => w === w.toLowerCase()));
    return this.lowerCase.has(lower);
  }
}

/**
 * The country token i names, unless it is a common English word that has its capital only because it opens the
 * sentence, and the article writes it in lower case elsewhere or it would be a capital whose country the article
 * does not name: "Male MPs jeered" is not the Maldives' parliament (Malé). "Guinea rejected the plan" stays the
 * country, and a nationality word ("American officials") is always one.
 */
export function countryAtToken(view: TokenView, res: EntityResources, i: number): CountryWord {
  const found = countryOfWord(res, view.words[i]!);
  if (!found || found.how === 'adjective' || !view.opensSentence(i)) return found;
  const lower = view.lower[i]!;
  if (!res.gazetteer.isCommon(lower)) return found;
  if (view.writesLowerCase(lower)) return null;
  // A capital is the city when the article also names its country ("Male was calm after the Maldives police ...").
  return found.how !== 'capital' || view.countriesNamed(res).includes(found.country.iso3) ? found : null;
}

export type CountryWord = { country: CountryEntry; how: 'adjective' | 'name' | 'capital' } | null;

/** The country a word names: as a name ("Iraq", "US"), an adjective or demonym ("Iraqi") or a capital ("Tehran"). */
export function countryOfWord(res: EntityResources, word: string): CountryWord {
  if (!/^\p{Lu}/u.test(word)) return null;
  const cached = res.countryWords.get(word);
  if (cached !== undefined) return cached;
  const { kb } = res;
  // A word that is both ("US") is the country's name.
  const name = kb.countryByName(word);
  const adjective = name ? null : kb.countryByAdjective(word);
  const capital = name || adjective || res.shadowedCapitals.has(nameKey(word)) ? null : kb.countryByCapital(word);
  const found: CountryWord = name ? { country: name, how: 'name' } : adjective ? { country: adjective, how: 'adjective' } : capital ? { country: capital, how: 'capital' } : null;
  if (res.countryWords.size > 100_000) res.countryWords.clear();
  res.countryWords.set(word, found);
  return found;
}
