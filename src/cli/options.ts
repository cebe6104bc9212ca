import { InvalidArgumentError } from 'commander';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('Not a positive whole number.');
  return n;
}

export function isoTime(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError('Not an ISO 8601 date or time, e.g. 2021-02-06 or 2021-02-06T13:47:00+03:30.');
  }
  return value;
}

/** The database path: --db, else $DYAD_DB, else ./dyad.db. */
export function databasePath(option: string | undefined): string {
  return option ?? process.env.DYAD_DB ?? 'dyad.db';
}
