import * as chrono from 'chrono-node';
import { arabicDateToEnglish, hasArabicScript } from './arabic-date.js';

export interface VisibleDate {
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss` (local), or with an offset when the text gives a zone. */
  value: string;
  /** Share of the text's letters and digits that the date covers. */
  coverage: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

// chrono's strict parsers by language: month names in the page's own language.
const PARSERS: Record<string, chrono.Chrono> = {
  de: chrono.de.strict, es: chrono.es.strict, fi: chrono.fi.strict, fr: chrono.fr.strict, it: chrono.it.strict, ja: chrono.ja.strict,
  nl: chrono.nl.strict, pt: chrono.pt.strict, ru: chrono.ru.strict, sv: chrono.sv.strict, uk: chrono.uk.strict, zh: chrono.zh.strict,
};

function offsetOf(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function significant(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// Numeric dates: 2020-09-02, 2020.09.02, 2020年9月2日 (year first); 2.9.2020 and 02/09/2020 (day first, or month first in US English).
const YEAR_FIRST = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})日?/;
const YEAR_LAST = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/;

function numericDate(text: string, language: string | null): { value: string; matched: string } | null {
  let y: number, m: number, d: number, matched: string;
  const yearFirst = YEAR_FIRST.exec(text);
  const yearLast = YEAR_LAST.exec(text);
  if (yearFirst) {
    [y, m, d, matched] = [+yearFirst[1]!, +yearFirst[2]!, +yearFirst[3]!, yearFirst[0]];
  } else if (yearLast) {
    const [a, b] = [+yearLast[1]!, +yearLast[3]!];
    const monthFirst = yearLast[2] === '/' && (language === 'en-US' || b > 12) && a <= 12;
    [y, m, d, matched] = [+yearLast[4]!, monthFirst ? a : b, monthFirst ? b : a, yearLast[0]];
  } else {
    return null;
  }
  if (!valid(y, m, d)) return null;
  let value = `${y}-${pad(m)}-${pad(d)}`;
  const time = TIME.exec(text);
  if (time) {
    let hour = +time[1]!;
    if (time[4] && /p/i.test(time[4]) && hour < 12) hour += 12;
    if (time[4] && /a/i.test(time[4]) && hour === 12) hour = 0;
    if (hour < 24 && +time[2]! < 60) value += `T${pad(hour)}:${time[2]}:${time[3] ?? '00'}`;
    matched += time[0];
  }
  return { value, matched };
}

function fromChrono(parser: chrono.Chrono, text: string): { value: string; matched: string } | null {
  const [result] = parser.parse(text);
  if (!result) return null;
  const date = result.start;
  if (!date.isCertain('year') || !date.isCertain('month') || !date.isCertain('day')) return null;
  let value = `${date.get('year')}-${pad(date.get('month')!)}-${pad(date.get('day')!)}`;
  if (date.isCertain('hour')) {
    value += `T${pad(date.get('hour')!)}:${pad(date.get('minute') ?? 0)}:${pad(date.get('second') ?? 0)}`;
    if (date.isCertain('timezoneOffset')) value += offsetOf(date.get('timezoneOffset')!);
  }
  return { value, matched: result.text };
}

/**
 * A date printed on a page ("Feb 6, 2021, 1:47 PM", "Friday, January 4, 2019",
 * "2. September 2020", "02.09.2020 12:45", "الأربعاء، 07 أكتوبر 2020"), parsed strictly: day, month and
 * year must all be written. `language` (BCP 47) picks month names and the
 * order of day and month in numeric dates.
 */
export function parseVisibleDate(text: string, language: string | null = null): VisibleDate | null {
  const spaced = text.replace(/\s+/g, ' ').trim();
  if (!spaced || spaced.length > 120) return null;
  const plain = hasArabicScript(spaced) ? arabicDateToEnglish(spaced) : spaced;
  const local = language ? PARSERS[language.slice(0, 2).toLowerCase()] : undefined;
  // All-numeric dates follow the page's language (chrono would read 2.9.2020 as February 9).
  const numeric = YEAR_FIRST.test(plain) || YEAR_LAST.test(plain) ? numericDate(plain, language) : null;
  const found = numeric ?? fromChrono(chrono.strict, plain) ?? (local ? fromChrono(local, plain) : null);
  if (!found) return null;
  return { value: found.value, coverage: Math.min(1, significant(found.matched) / Math.max(1, significant(plain))) };
}
