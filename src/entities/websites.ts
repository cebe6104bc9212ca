import type { KnowledgeBase } from '../actors/kb/index.js';
import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';

// A website that news cites as a source ("was quoted as saying by President.ir", "Khamenei.ir said",
// "according to kremlin.ru") is a news medium; a country-code domain gives its country (.ir Iran, .ru Russia).
// Only a website that acts as a source counts: a domain the article tells readers to visit is no actor.

const DOMAIN = /^(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.([a-z]{2,6})$/iu;
/** Country-code domains sold to anyone (.tv, .io, .ly for short links) name no country. */
const OPEN_CODES = new Set(['ai', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'tk', 'to', 'tv', 'vc', 'ws']);
/** Relations of a source: the subject, a by-agent, "by" / "from" / "to" / "according to" phrases. */
const SOURCE_RELATIONS = /^(nsubj|obl:agent|obl|nmod)$/;
const SOURCE_CASES = new Set(['by', 'from', 'to', 'according']);

const countriesByCode = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The ISO alpha-3 country of a country-code domain ("ir" → IRN; "uk" is GBR), null for generic ones. */
export function countryOfDomain(kb: KnowledgeBase, code: string): string | null {
  let byCode = countriesByCode.get(kb);
  if (!byCode) {
    byCode = new Map([...kb.countries.values()].filter((c) => c.iso2).map((c) => [c.iso2!.toLowerCase(), c.iso3]));
    byCode.set('uk', 'GBR');
    countriesByCode.set(kb, byCode);
  }
  const lower = code.toLowerCase();
  return lower.length === 2 && !OPEN_CODES.has(lower) ? (byCode.get(lower) ?? null) : null;
}

export function isWebsite(word: string): boolean {
  return DOMAIN.test(word) && !/^\d+(\.\d+)+$/.test(word);
}

/** Websites acting as sources, among the tokens not `taken`. */
export function websiteMentions(view: TokenView, res: EntityResources, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  view.words.forEach((word, i) => {
    const match = DOMAIN.exec(word);
    if (taken[i] || !match || !isWebsite(word) || !actsAsSource(view, i)) return;
    out.push({ start: i, end: i + 1, type: 'ORG', role: null, country: countryOfDomain(res.kb, match[1]!), agent: 'MED', personal: false, named: true, head: i });
  });
  return out;
}

function actsAsSource(view: TokenView, i: number): boolean {
  const rel = view.tokens[i]!.rel;
  if (!SOURCE_RELATIONS.test(rel)) return false;
  if (rel === 'nsubj' || rel === 'obl:agent') return true;
  return view.tokens.some((t, k) => t.head === i && t.rel === 'case' && SOURCE_CASES.has(view.lower[k]!));
}
