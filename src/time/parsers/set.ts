import type { Parser } from '../candidate.js';
import { NUMBER, parseNumber } from '../../text/number.js';
import { scanNear } from '../near.js';
import { scan } from '../words.js';

// Recurring times as TIMEX3 sets: "weekly" is P1W, "every other day" P2D,
// "every Monday" XXXX-WXX-1, "annual" P1Y (the period of "$20-billion annual").
const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', everyday: 'P1D', nightly: 'TNI', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', bimonthly: 'P2M',
  quarterly: 'P3M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', semiannually: 'P0.5Y', semiannual: 'P0.5Y', biannual: 'P0.5Y', weekends: 'P1WE',
};
const UNITS: Record<string, string> = { day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'M', year: 'Y', weekday: 'WD', hour: 'H', minute: 'M' };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

// "on Fridays", "Tuesday afternoons", "mornings": a weekday or part of the day in the plural recurs.
const PLURAL = new RegExp(`\\b(?:(?<weekday>${WEEKDAYS.join('|')})s\\b|(?<day>${WEEKDAYS.join('|')})\\s+(?<part>morning|afternoon|evening|night)s\\b|(?<parts>mornings|afternoons|evenings|nights)\\b)`, 'gi');

// Every plural form ends so; the pattern is tried only near one.
const PLURAL_CUE = /(?:day|ing|noon|ght)s\b/g;

const PATTERN = new RegExp(
  `\\b(?:(?<adverb>hourly|daily|everyday|nightly|weekly|weekends|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|annual|yearly|semi-?annually|semi-?annual|bi-?annual)` +
    `|(?:every|each|any|all|once\\s+an?|one\\s+a)\\s+(?<other>other\\s+)?(?:(?<count>${NUMBER})\\s+)?(?<unit>days?|weeks?|weekends?|months?|quarters?|years?|weekdays?|hours?|minutes?|(?<weekday>${WEEKDAYS.join('|')})|(?<part>morning|afternoon|evening|night)))\\b`,
  'gi',
);

function periodOf(g: Record<string, string | undefined>): string | null {
  if (g.adverb) return ADVERBS[g.adverb.toLowerCase().replace('-', '')] ?? null;
  if (g.weekday) return `XXXX-WXX-${WEEKDAYS.indexOf(g.weekday.toLowerCase()) + 1}`;
  if (g.part) return PARTS[g.part.toLowerCase()] ?? null;
  const unit = (g.unit ?? '').toLowerCase().replace(/s$/, '');
  const letter = UNITS[unit];
  if (!letter) return null;
  const count = (g.count ? parseNumber(g.count) ?? 1 : 1) * (g.other ? 2 : 1) * (unit === 'quarter' ? 3 : 1);
  return `P${unit === 'hour' || unit === 'minute' ? 'T' : ''}${count}${letter}`;
}

function pluralOf(g: Record<string, string | undefined>): string | null {
  const weekday = g.weekday ?? g.day;
  const day = weekday ? `XXXX-WXX-${WEEKDAYS.indexOf(weekday.toLowerCase()) + 1}` : '';
  const part = g.part ?? g.parts?.replace(/s$/i, '');
  return `${day}${part ? PARTS[part.toLowerCase()] : ''}` || null;
}

const set = (m: RegExpExecArray, value: string | null) => (value ? { start: m.index, end: m.index + m[0].length, rule: 'set', duration: true, value, granularity: 'set', range: null } : null);

export const setParser: Parser = (context) => [
  ...scan(context.text, PATTERN, (m) => set(m, periodOf(m.groups ?? {}))),
  ...scanNear(context.text, PLURAL_CUE, 20, PLURAL, (m) => set(m, pluralOf(m.groups ?? {}))),
];
