// CAMEO actor codes are made of three-letter parts: country or international prefix, then role codes.
// The role codes are those of the CAMEO manual, chapter 3 (primary, secondary and international codes).

const AGENTS = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF',
  'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF',
  'IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS', 'PTY',
]);

/** The international prefixes that stand where a country code would. */
const TRANSNATIONAL = new Set(['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS']);

export interface CodeParts {
  country: string | null;
  agent: string | null;
}

/** Splits a CAMEO code into its country and its (first) agent, given the known country codes. */
export function parseCode(code: string, countries: ReadonlySet<string>): CodeParts {
  const parts = code.match(/.{3}/g) ?? [];
  const first = parts[0] ?? '';
  if (TRANSNATIONAL.has(first)) {
    // Companies and NGOs carry their home country (MNCUSA); after IGO and IMG come regions and religions
    // (IMGMUSALQ), some of which look like country codes (MUS is also Mauritius).
    const inner = first === 'MNC' || first === 'NGO' ? (parts.slice(1).find((p) => countries.has(p)) ?? null) : null;
    return { country: inner, agent: first };
  }
  const country = countries.has(first) ? first : null;
  const rest = country ? parts.slice(1) : parts;
  return { country, agent: rest.find((p) => AGENTS.has(p)) ?? null };
}

/** Sectors that belong to no one country (international bodies, NGOs, multinational companies): a generic actor or a role in one takes no country. */
export function isTransnationalSector(agent: string | null): boolean {
  return agent !== null && /^(?:IGO|NGO|MNC)/.test(agent);
}

/** Offices of a state (government, legislature, courts, armed forces, police, intelligence). */
export function isStateAgent(agent: string | null): boolean {
  return agent !== null && STATE_AGENTS.has(agent);
}

const STATE_AGENTS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY']);

export function isAgentCode(code: string): boolean {
  return AGENTS.has(code);
}

/** The agent of a code without knowing the country codes: agent codes never coincide with country codes. */
export function agentOf(code: string): string | null {
  return (code.match(/.{3}/g) ?? []).find((p) => AGENTS.has(p)) ?? null;
}
