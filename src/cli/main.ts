import { Command, CommanderError } from 'commander';
import { InputError } from '../read/index.js';
import { StageError } from '../pipeline/index.js';
import * as code from './commands/code.js';
import * as ingest from './commands/ingest.js';
import * as serve from './commands/serve.js';
import * as exportEvents from './commands/export.js';
import * as kb from './commands/kb.js';
import * as ner from './commands/ner.js';
import * as parse from './commands/parse.js';
import * as rules from './commands/rules.js';

// Each command lives in commands/NAME.ts and exports `register(program)`.
const COMMANDS = [code, ingest, serve, exportEvents, kb, ner, parse, rules];

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs the `dyad` command line; returns the exit code. Errors are one line on standard error. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('dyad')
    .description('News articles to event data about international relations (CAMEO, PLOVER).')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const command of COMMANDS) command.register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof InputError || error instanceof StageError || error instanceof UsageError) {
      process.stderr.write(`dyad: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
