// The period or unit an amount is given per: "$20-billion annual", "$5 a year",
// "10,000 barrels per day", "$70-a-share", "annual trade of $12 billion".
const UNITS = '(year|annum|month|week|day|hour|quarter|share|barrel|ton|tonne|head|person|capita|kilogram|kg|litre|liter|gallon)';
const AFTER = new RegExp(`^(?:[\\s-]*(?:a|an|per|each|every)[\\s-]+${UNITS}\\b|[\\s-]*(?<adj>annual|annually|yearly|a\\s+year|monthly|weekly|daily|quarterly)\\b)`, 'i');
const BEFORE = /\b(?<adj>annual|yearly|monthly|weekly|daily|quarterly)\s+(?:[\p{Ll}-]+\s+){0,3}(?:of|at|to|reached|hit|was|is|were|are|worth|totalling|totaling|valued\s+at|stood\s+at|amounted\s+to|of\s+about|of\s+around)?\s*(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|the)?\s*$/iu;

const ADJECTIVES: Record<string, string> = { annual: 'year', annually: 'year', yearly: 'year', 'a year': 'year', monthly: 'month', weekly: 'week', daily: 'day', quarterly: 'quarter' };
const SAME: Record<string, string> = { annum: 'year', capita: 'person', tonne: 'ton', liter: 'litre', kg: 'kilogram' };

/** What the amount at [start, end) is per, from the words right after it or an "annual" before it. */
export function perOf(text: string, start: number, end: number): string | null {
  const after = AFTER.exec(text.slice(end, end + 30));
  if (after) {
    const word = (after[1] ?? after.groups?.adj ?? '').toLowerCase().replace(/\s+/g, ' ');
    return ADJECTIVES[word] ?? SAME[word] ?? word;
  }
  const before = BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return before?.groups?.adj ? ADJECTIVES[before.groups.adj.toLowerCase()] ?? null : null;
}
