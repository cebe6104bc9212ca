import * as chrono from 'chrono-node';

export interface VisibleDate {
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss` (local), or with an offset when the text gives a zone. */
  value: string;
  /** Share of the text's letters and digits that the date covers. */
  coverage: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetOf(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function significant(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * A date printed on a page ("Feb 6, 2021, 1:47 PM", "Friday, January 4, 2019"),
 * parsed strictly: a day, month and year must all be written out.
 */
export function parseVisibleDate(text: string): VisibleDate | null {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (!plain || plain.length > 120) return null;
  const [result] = chrono.strict.parse(plain);
  if (!result) return null;
  const date = result.start;
  if (!date.isCertain('year') || !date.isCertain('month') || !date.isCertain('day')) return null;
  let value = `${date.get('year')}-${pad(date.get('month')!)}-${pad(date.get('day')!)}`;
  if (date.isCertain('hour')) {
    value += `T${pad(date.get('hour')!)}:${pad(date.get('minute') ?? 0)}:${pad(date.get('second') ?? 0)}`;
    if (date.isCertain('timezoneOffset')) value += offsetOf(date.get('timezoneOffset')!);
  }
  return { value, coverage: significant(result.text) / Math.max(1, significant(plain)) };
}
