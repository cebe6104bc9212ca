import type { AgentEntry, CountryEntry } from './schema.js';

/** What the knowledge base needs to read a generic actor. */
export interface GenericLookup {
  findCountry(word: string): CountryEntry | null;
  agentForWord(word: string): AgentEntry | null;
}

/** A generic actor: a country and a role word ("the Iraqi Parliament" -> IRQ + LEG), either of which may be missing. */
export interface GenericActor {
  country: CountryEntry | null;
  agent: AgentEntry | null;
  /** The CAMEO code, e.g. IRQLEG; null when the country is not in the phrase (the article's context must give it). */
  code: string | null;
}

const LONGEST = 3;

/**
 * Reads a phrase made of a nationality or country and a role word: "the Iraqi Parliament", "Parliament of Iraq",
 * "US-led forces", "Iran's foreign ministry". Returns null when it names neither.
 */
export function genericActor(kb: GenericLookup, phrase: string): GenericActor | null {
  const words = phrase
    .replace(/['’]s\b/g, '')
    .split(/[\s\-–—]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((w) => w && !/^(the|a|an|of|led|backed)$/i.test(w));
  let country: CountryEntry | null = null;
  let agent: { entry: AgentEntry; length: number; at: number } | null = null;
  for (let at = 0; at < words.length; at++) {
    for (let length = Math.min(LONGEST, words.length - at); length >= 1; length--) {
      const text = words.slice(at, at + length).join(' ');
      const found = kb.agentForWord(text);
      // The longest role phrase wins; of two as long, the later one, the head of an English noun phrase.
      if (found && (!agent || length >= agent.length)) agent = { entry: found, length, at };
      country ??= kb.findCountry(text);
    }
  }
  if (!country && !agent) return null;
  const a = agent?.entry ?? null;
  const code = country ? (a ? (a.prefix ? `${a.code}${country.cameo}` : `${country.cameo}${a.code}`) : country.cameo) : null;
  return { country, agent: a, code };
}
