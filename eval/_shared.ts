import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the read-only development data lives: ../shared beside the project, or $DYAD_SHARED. */
export const SHARED = process.env.DYAD_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

/** The path of a file under ../shared, or null (with a message) when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const path = join(SHARED, ...parts);
  if (existsSync(path)) return path;
  console.log(`skipped: ${path} is missing (the shared development data is not on this machine)`);
  return null;
}

export const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)} %`;
