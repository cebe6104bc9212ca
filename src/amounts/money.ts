import { tidy, type Found } from './candidate.js';
import { CURRENCY, unitOf, type Unit } from './lexicon.js';
import { NUMBER, parseNumber, SCALES } from '../text/number.js';
import type { Num } from './numbers.js';

// "$20-billion", "€ 2 million", "420 million finnish markka", "USD 200", "115USD",
// "75 USD million", "30 MUSD", "3 dollars 50 cents". Numbers first (numbers.ts),
// then the currency on either side: scanning for ~250 currency forms at every
// position of the text would cost more than the rest of the stage.

// "30 MUSD", "MAUD 60": millions of a currency, as some business writing has it.
const MEGA = '(?<![\\p{L}])M(?<mega>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)(?![\\p{L}])';
const BEFORE = new RegExp(`(?:${MEGA}|(?<cur>${CURRENCY}))\\s*$`, 'iu');
const AFTER = new RegExp(`^[\\s-]*(?:${MEGA}|(?<cur>${CURRENCY}))(?:\\s+(?<scale>trillion|billion|million|thousand)\\b)?`, 'iu');
// Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five", "15 USD 50."
const MINOR = new RegExp(`^\\s*(?:and\\s+)?(?<minor>${NUMBER})(?:\\s*(?<unit>cents?|pence|¢)|(?=\\s*(?:[.,;!?]|$|\\s(?:and|or)\\b)))`, 'iu');
// "5 pounds of rice" is a weight; "5 pounds" alone and "£5" are money.
const WEIGHT = /^(?:pounds?|lbs?)$/i;

const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, 'a quarter': 0.25, 'three quarter': 0.75, 'three quarters': 0.75 };

function amountOf(num: string, scale: string | undefined): number | null {
  const n = FRACTIONS[num.toLowerCase().replace(/\s+/g, ' ')] ?? parseNumber(num.replace(/,(?=\d{2},)/g, ''));
  if (n === null) return null;
  return n * (scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
}

type Side = { unit: Unit; start: number; end: number; mega: boolean; scale?: string };

function before(text: string, at: number, digits: boolean, floor: number): Side | null {
  const m = BEFORE.exec(text.slice(Math.max(floor, at - 24), at));
  const written = m?.groups?.mega ?? m?.groups?.cur;
  const unit = written ? unitOf(written) : null;
  if (!m || !unit) return null;
  // A currency word before a number ("dollar 22.5 million") only with digits.
  if (/^\p{L}{2,}/u.test(m.groups!.cur ?? '') && !digits) return null;
  return { unit, start: at - m[0].length, end: at, mega: !!m.groups?.mega };
}

function after(text: string, at: number): Side | null {
  const m = AFTER.exec(text.slice(at, at + 40));
  const written = m?.groups?.mega ?? m?.groups?.cur;
  const unit = written ? unitOf(written) : null;
  if (!m || !unit) return null;
  if (WEIGHT.test(m.groups!.cur ?? '') && /^\s+of\b/i.test(text.slice(at + m[0].length, at + m[0].length + 5))) return null;
  return { unit, start: at, end: at + m[0].length, mega: !!m.groups?.mega, scale: m.groups?.scale };
}

/** Sums of money in any currency, in the currency's ISO 4217 code. */
export function findMoney(text: string, numbers: readonly Num[]): Found[] {
  const found: Found[] = [];
  let floor = 0;
  for (const n of numbers) {
    const { num, end } = n;
    const side = before(text, n.start, /^\d/.test(num), floor) ?? after(text, end);
    if (!side) continue;
    const scale = n.scale ?? side.scale;
    let value = amountOf(num, scale);
    if (value === null) continue;
    value *= side.unit.factor * (side.mega ? 1e6 : 1);
    let stop = Math.max(end, side.end);
    if (!scale && !side.mega && side.unit.factor === 1) {
      const minor = MINOR.exec(text.slice(stop, stop + 40));
      const cents = minor?.groups?.minor ? parseNumber(minor.groups.minor) : null;
      if (minor && cents !== null && Number.isInteger(cents) && cents < 100) {
        value += cents / 100;
        stop += minor[0].length;
      }
    }
    found.push({ start: Math.min(n.start, side.start), end: stop, value: tidy(value), unit: side.unit.code });
    floor = stop;
  }
  return found;
}
