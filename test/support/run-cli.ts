import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs `dyad ARGV…` in-process, capturing what it writes and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  process.exitCode = undefined;
  try {
    return { code: await main(argv), out, err };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}
