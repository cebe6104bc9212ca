import { longest, tidy, type Found } from './candidate.js';
import { CURRENCY, unitOf } from './lexicon.js';
import { NUMBER, parseNumber, SCALES } from './number.js';

// "$20-billion", "€ 2 million", "420 million finnish markka", "USD 200", "115USD",
// "75 USD million", "30 MUSD", "3 dollars 50 cents".
const NUM = `(?:\\d{1,3}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|${NUMBER}|three\\s+quarters?|(?:a\\s+)?quarter|half)`;
const SCALE = '(?:[\\s-]*(?<scale>trillion|billion|million|thousand|lakh|crore|bn|mln|mn|tn|k|m|b)(?![\\p{L}\\d]))?';
const PREFIX = new RegExp(`(?<cur>${CURRENCY})\\s*(?<num>${NUM})${SCALE}`, 'giu');
const SUFFIX = new RegExp(`(?<![\\p{L}\\d.,])(?<num>${NUM})${SCALE}[\\s-]*(?<cur>${CURRENCY})(?:\\s+(?<scale2>trillion|billion|million|thousand))?`, 'giu');
const MEGA = new RegExp(`(?<![\\p{L}\\d])(?:(?<num>\\d+(?:\\.\\d+)?|${NUMBER})\\s*M(?<cur>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)|M(?<cur2>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)\\s*(?<num2>\\d+(?:\\.\\d+)?))(?![\\p{L}\\d])`, 'giu');
// Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five", "15 USD 50."
const MINOR = new RegExp(`^\\s*(?:and\\s+)?(?<minor>${NUMBER})(?:\\s*(?<unit>cents?|pence|¢)|(?=\\s*(?:[.,;!?]|$|\\s(?:and|or)\\b)))`, 'iu');

const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, 'a quarter': 0.25, 'three quarter': 0.75, 'three quarters': 0.75 };

function amountOf(num: string, scale: string | undefined): number | null {
  const n = FRACTIONS[num.toLowerCase().replace(/\s+/g, ' ')] ?? parseNumber(num.replace(/,(?=\d{2},)/g, ''));
  if (n === null) return null;
  return n * (scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
}

const NUMBER_BEFORE = new RegExp(`(?:\\d|\\b(?:${NUMBER}))\\s*$`, 'iu');

// A currency word before a number ("dollar 22.5 million") only with digits, and
// not when a number before it already claims it ("10 turkish lira 1111-2222").
function wordFirst(m: RegExpExecArray, text: string): boolean {
  const g = m.groups ?? {};
  if (!g.cur || !/^\p{L}{2,}/u.test(g.cur) || !m[0].startsWith(g.cur)) return true;
  return /^\d/.test(g.num ?? '') && !NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
}

// "5 pounds of rice" is a weight; "5 pounds" alone and "£5" are money.
const WEIGHT = /^(?:pounds?|lbs?)$/i;

function build(m: RegExpExecArray, text: string): Found | null {
  const g = m.groups ?? {};
  if (!wordFirst(m, text)) return null;
  if (WEIGHT.test(g.cur ?? '') && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
  const unit = unitOf(g.cur ?? g.cur2 ?? '');
  const scale = g.scale ?? g.scale2;
  let value = amountOf(g.num ?? g.num2 ?? '', scale);
  if (!unit || value === null) return null;
  value *= unit.factor;
  let end = m.index + m[0].length;
  if (!scale && unit.factor === 1) {
    const minor = MINOR.exec(text.slice(end, end + 40));
    const cents = minor?.groups?.minor ? parseNumber(minor.groups.minor) : null;
    if (minor && cents !== null && Number.isInteger(cents) && cents < 100) {
      value += cents / 100;
      end += minor[0].length;
    }
  }
  return { start: m.index, end, value: tidy(value), unit: unit.code };
}

function mega(m: RegExpExecArray): Found | null {
  const g = m.groups ?? {};
  const n = parseNumber(g.num ?? g.num2 ?? '');
  return n === null ? null : { start: m.index, end: m.index + m[0].length, value: tidy(n * 1e6), unit: (g.cur ?? g.cur2)!.toUpperCase() };
}

/** Sums of money in any currency, in the currency's ISO 4217 code. */
export function findMoney(text: string): Found[] {
  const found: Found[] = [];
  for (const re of [PREFIX, SUFFIX]) {
    for (const m of text.matchAll(re)) {
      const f = build(m as RegExpExecArray, text);
      if (f) found.push(f);
    }
  }
  for (const m of text.matchAll(MEGA)) {
    const f = mega(m as RegExpExecArray);
    if (f) found.push(f);
  }
  return longest(found);
}
