import { parseVisibleDate } from './visible-date.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{1,2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT))?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;

function plausible(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function zone(raw: string | undefined): string {
  if (!raw) return '';
  if (/^(?:z|utc|gmt)$/i.test(raw)) return 'Z';
  const digits = raw.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/**
 * A machine-readable publication time as ISO 8601: keeps the offset it was
 * given, keeps local time without one, and a bare date when only the day is
 * known. Accepts ISO forms, compact `20200607`, RFC 2822 and printed dates.
 */
export function normaliseTimestamp(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    if (!plausible(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${(s ?? '0').padStart(2, '0')}${zone(iso[7])}`;
  }
  if (/^\d{10}$/.test(text)) {
    const date = new Date(Number(text) * 1000);
    return date.getUTCFullYear() >= 1990 ? date.toISOString().replace('.000Z', 'Z') : null;
  }
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date.toISOString().replace('.000Z', 'Z');
  }
  return parseVisibleDate(text)?.value ?? null;
}

/** The calendar day of a normalised timestamp, as printed (local to its own offset). */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
