// What an amount measures, read from the words around it until the parse can
// say (then: the noun the amount attaches to). Conservative: a known economic
// noun with up to two modifiers, in "$500 million in aid", "a $300 million
// contract", or "bilateral trade would rise to $20 billion"; null otherwise.
const TOPICS = [
  'trade', 'exports', 'imports', 'investment', 'investments', 'aid', 'assistance', 'loan', 'loans', 'credit', 'debt', 'debts', 'budget', 'revenue', 'revenues', 'sales',
  'profit', 'profits', 'deal', 'contract', 'contracts', 'fine', 'compensation', 'reparations', 'assets', 'reserves', 'funds', 'funding', 'grant', 'grants', 'bonds', 'damages',
  'subsidies', 'spending', 'gdp', 'output', 'income', 'salary', 'salaries', 'wages', 'transactions', 'tourism', 'remittances', 'deficit', 'surplus', 'bail', 'bounty', 'ransom',
  'reward', 'package', 'stimulus', 'tariffs', 'taxes', 'oil', 'gas', 'arms', 'weapons', 'military', 'capital', 'savings', 'turnover', 'earnings', 'losses', 'price', 'prices',
];
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'that', 'this', 'its', 'their', 'his', 'her', 'with', 'by', 'at', 'from', 'as', 'is', 'was', 'be', 'would', 'will', 'level', 'value', 'volume', 'amount', 'total', 'worth', 'annual', 'more', 'than', 'about', 'some', 'new', 'said']);
const TOPIC = `(?<![\\p{L}-])(?:[\\p{Ll}-]+\\s+){0,2}(?:${TOPICS.join('|')})`;
const AFTER = new RegExp(`^(?:[\\s-]+(?:annual|a\\s+year|per\\s+year|yearly|monthly))?[\\s-]+(?:(?:in|of|worth\\s+of|for)\\s+)?(?:(?:the|its|their|new)\\s+)?(?<topic>${TOPIC})\\b`, 'iu');
const TOPIC_BEFORE = new RegExp(`(?<topic>${TOPIC})\\b(?<link>[^.;:!?]*)$`, 'iu');
const LINK = /\b(?:rise|rises|rose|risen|reach|reached|reaches|grow|grew|grown|fall|fell|fallen|stand|stood|stands|total|totalled|totaled|totals|amount|amounted|amounts|hit|hits|climb|climbed|jump|jumped|increase|increased|decrease|decreased|drop|dropped|was|were|is|are|worth|valued)\b/i;

function trimModifiers(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && STOP.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

/** The subject of the amount at [start, end), or null when the words around it do not say. */
export function aboutOf(text: string, start: number, end: number): string | null {
  const after = AFTER.exec(text.slice(end, end + 60));
  if (after?.groups?.topic) return trimModifiers(after.groups.topic);
  const before = TOPIC_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  const link = before?.groups?.link ?? '';
  if (before?.groups?.topic && (LINK.test(link) || /^\s*(?:of|at)\s*$/i.test(link)) && link.length < 60) return trimModifiers(before.groups.topic);
  return null;
}
