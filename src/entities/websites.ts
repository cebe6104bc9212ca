import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir, type KnowledgeBase } from '../actors/kb/index.js';
import type { Candidate } from './candidate.js';
import type { EntityResources, TokenView } from './context.js';

// A website that news cites as a source ("was quoted as saying by President.ir", "Khamenei.ir said",
// "according to kremlin.ru") is a news medium; a country-code domain gives its country (.ir Iran, .ru Russia).
// Only a website that acts as a source counts: one the article tells readers to visit or write to is no actor.
// Top-level domains are data: data/entities/web-domains.txt.

/** A domain name: letters, digits and hyphens between dots, ending in a lower-case top-level domain. */
const DOMAIN = /^(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.([a-z]{2,6})$/u;
/** Relations of a source: the subject, the by-agent, or a phrase with "by" or "according to". */
const SOURCE_CASES = new Set(['by', 'according']);

interface Domains {
  generic: Set<string>;
  /** Country-code domain → ISO alpha-2, where the two differ. */
  countries: Map<string, string>;
  open: Set<string>;
}

let domains: Domains | null = null;

function loadDomains(file = join(dirname(packageDataDir()), 'entities', 'web-domains.txt')): Domains {
  const loaded: Domains = { generic: new Set(), countries: new Map(), open: new Set() };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [kind, tld, iso2] = line.trim().split(/\s+/);
    if (kind === 'generic') loaded.generic.add(tld!);
    else if (kind === 'country') loaded.countries.set(tld!, iso2!);
    else if (kind === 'open') loaded.open.add(tld!);
  }
  return loaded;
}

const countriesByIso2 = new WeakMap<KnowledgeBase, Map<string, string>>();

/**
 * What a top-level domain says of a website: `undefined` when it is no website's (".pdf", ".js"), null when it
 * names no country (".com", ".tv"), else the ISO alpha-3 country (".ir" → IRN, ".uk" → GBR).
 */
export function countryOfDomain(kb: KnowledgeBase, tld: string): string | null | undefined {
  domains ??= loadDomains();
  if (domains.generic.has(tld) || domains.open.has(tld)) return null;
  let byIso2 = countriesByIso2.get(kb);
  if (!byIso2) {
    byIso2 = new Map([...kb.countries.values()].filter((c) => c.iso2).map((c) => [c.iso2!, c.iso3]));
    countriesByIso2.set(kb, byIso2);
  }
  return tld.length === 2 ? byIso2.get(domains.countries.get(tld) ?? tld.toUpperCase()) : undefined;
}

/** The country of a website token (see `countryOfDomain`), `undefined` when the token is no website. */
export function websiteCountry(kb: KnowledgeBase, word: string): string | null | undefined {
  const match = DOMAIN.exec(word);
  return match ? countryOfDomain(kb, match[1]!) : undefined;
}

/** Websites acting as sources, among the tokens not `taken`. `view` must cover the whole document (heads index it). */
export function websiteMentions(view: TokenView, res: EntityResources, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  view.words.forEach((word, i) => {
    if (taken[i]) return;
    // The shape first: it is cheap and rejects almost every word; whether a word acts as a source scans its dependents.
    const country = websiteCountry(res.kb, word);
    if (country === undefined || !actsAsSource(view, i)) return;
    out.push({ start: i, end: i + 1, type: 'ORG', role: null, country, agent: 'MED', personal: false, named: true, head: i });
  });
  return out;
}

function actsAsSource(view: TokenView, i: number): boolean {
  const rel = view.tokens[i]!.rel;
  if (rel === 'nsubj' || rel === 'obl:agent') return true;
  if (rel !== 'obl' && rel !== 'nmod') return false;
  return view.tokens.some((t, k) => t.head === i && t.rel === 'case' && SOURCE_CASES.has(view.lower[k]!));
}
