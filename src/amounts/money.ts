import { tidy, type Found } from './candidate.js';
import { currencyAtEnd, currencyAtStart, unitOf, type Unit } from './lexicon.js';
import { NUMBER, parseNumber, SCALES } from '../text/number.js';
import type { Num } from './numbers.js';

// "$20-billion", "€ 2 million", "420 million finnish markka", "USD 200", "115USD",
// "75 USD million", "30 MUSD", "3 dollars 50 cents". Numbers first (numbers.ts),
// then the currency on either side: scanning for ~250 currency forms at every
// position of the text would cost more than the rest of the stage.

// "30 MUSD", "MAUD 60": millions of a currency, as some business writing has it.
const MEGA = 'M(?<mega>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)';
const MEGA_BEFORE = new RegExp(`(?<![\\p{L}])${MEGA}\\s*$`, 'u');
const MEGA_AFTER = new RegExp(`^[\\s-]*${MEGA}(?![\\p{L}])`, 'u');
const SCALE_AFTER = /^\s+(trillion|billion|million|thousand)\b/i;
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
  const from = Math.max(floor, at - 24);
  const slice = text.slice(from, at);
  const mega = MEGA_BEFORE.exec(slice);
  if (mega) return { unit: unitOf(mega.groups!.mega!)!, start: from + mega.index, end: at, mega: true };
  const trimmed = slice.trimEnd();
  const cur = currencyAtEnd(trimmed);
  const unit = cur ? unitOf(cur.written) : null;
  if (!cur || !unit) return null;
  // A currency word before a number ("dollar 22.5 million") only with digits.
  if (/^\p{L}{2,}/u.test(cur.written) && !digits) return null;
  return { unit, start: from + cur.start, end: at, mega: false };
}

function after(text: string, at: number): Side | null {
  const slice = text.slice(at, at + 40);
  const mega = MEGA_AFTER.exec(slice);
  if (mega) return { unit: unitOf(mega.groups!.mega!)!, start: at, end: at + mega[0].length, mega: true };
  const lead = /^[\s-]*/.exec(slice)![0].length;
  const cur = currencyAtStart(slice.slice(lead));
  const unit = cur ? unitOf(cur.written) : null;
  if (!cur || !unit) return null;
  let end = at + lead + cur.length;
  if (WEIGHT.test(cur.written) && /^\s+of\b/i.test(text.slice(end, end + 5))) return null;
  const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
  if (scale) end += scale[0].length;
  return { unit, start: at, end, mega: false, scale: scale?.[1] };
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
