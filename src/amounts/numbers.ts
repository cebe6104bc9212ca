import { NUMBER } from '../text/number.js';

/** A number in the text, with the scale word after it ("20-billion", "1.5m"), found once for every kind of amount. */
export interface Num {
  start: number;
  end: number;
  num: string;
  scale: string | undefined;
  /** Digits written against letters before them ("USD115"). */
  glued: boolean;
}

const NUM = `(?:three\\s+quarters?|(?:a\\s+)?quarter|half|\\d{1,3}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|${NUMBER})`;
const SCALE = '(?:[\\s-]*(?<scale>trillion|billion|million|thousand|lakh|crore|bn|mln|mn|tn|k|m|b)(?![\\p{L}\\d]))?';
const NUMBERS = new RegExp(`(?:(?<![\\d.,\\p{L}])(?<num>${NUM})|(?<=\\p{L})(?<glued>\\d+(?:\\.\\d+)?))${SCALE}`, 'giu');

export function findNumbers(text: string): Num[] {
  const found: Num[] = [];
  for (const m of text.matchAll(NUMBERS)) {
    const g = m.groups!;
    found.push({ start: m.index, end: m.index + m[0].length, num: g.num ?? g.glued!, scale: g.scale, glued: !g.num });
  }
  return found;
}
