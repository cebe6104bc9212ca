// Numbers as news writes them: "12", "1,200", "2.5", "twelve", "twenty-five",
// "one hundred and five", "a dozen", with scale words ("20 billion", "1.5m").
import { wordTable } from './word-table.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const SCALES = wordTable({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12, lakh: 1e5, crore: 1e7,
});
const SMALL = wordTable<number>({ a: 1, an: 1, dozen: 12, half: 0.5, quarter: 0.25 });
UNITS.forEach((w, i) => (SMALL[w] = i));
TENS.forEach((w, i) => w && (SMALL[w] = i * 10));

const WORDS = [...UNITS, ...TENS.filter(Boolean), 'dozen'].sort((a, b) => b.length - a.length).join('|');
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion';
const SPELLED_WORD = `(?:${WORDS})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?`;

/** A number in digits ("1,200.5", "1 200") or in words ("twenty-five", "one hundred and five", "a dozen"). */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|(?:(?:a|an)\\s+)?${SPELLED_WORD}(?:[\\s-]+(?:and\\s+)?(?:${SPELLED_WORD}|${SCALE_WORDS}))*(?:\\s+and\\s+a\\s+(?:half|quarter))?|a\\s+(?:half|quarter))`;

/** The value of a number matched by NUMBER (or a scale word alone), or null. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^[\d.,]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  const words = t.split(/[\s-]+/);
  for (const [i, word] of words.entries()) {
    if (word === 'and') continue;
    if (/^\d[\d,]*(?:\.\d+)?$/.test(word) && !seen) {
      current = Number(word.replace(/,/g, ''));
      seen = true;
      continue;
    }
    // "a" counts as one only where it stands for the number: "a dozen", not "one and a half".
    if ((word === 'a' || word === 'an') && (seen || !/^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(words[i + 1] ?? 'dozen'))) continue;
    if (word in SMALL) {
      const n = SMALL[word]!;
      if (n < 1 && seen) current += n;
      else if (word === 'dozen') current = (current || 1) * 12;
      else current += n;
      seen = true;
    } else if (word in SCALES && word.length > 2) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}
