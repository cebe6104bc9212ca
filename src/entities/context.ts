import type { Doc, Token } from '../model/index.js';
import type { CountryEntry, KnowledgeBase } from '../actors/kb/index.js';
import type { AgentWords } from './agents.js';
import type { Gazetteer } from './gazetteer.js';

/** What the mention finders share: the knowledge base, the gazetteer, the title words. */
export interface EntityResources {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
  titles: ReadonlySet<string>;
  agents: AgentWords;
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
}

/** The country a word names: as an adjective or demonym ("Iraqi"), a name ("Iraq", "US") or a capital ("Tehran"). */
export function countryOfWord(kb: KnowledgeBase, word: string): { country: CountryEntry; how: 'adjective' | 'name' | 'capital' } | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  // A word that is both ("US") is the country's name.
  const name = kb.countryByName(word);
  if (name) return { country: name, how: 'name' };
  const adjective = kb.countryByAdjective(word);
  if (adjective) return { country: adjective, how: 'adjective' };
  const capital = kb.countryByCapital(word);
  return capital ? { country: capital, how: 'capital' } : null;
}
