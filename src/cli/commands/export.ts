import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { eventFilter, eventQuery, ParameterError } from '../../api/event-query.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { UsageError } from '../main.js';
import { databasePath } from '../options.js';

// The same filters as GET /api/events, checked by the same schema.
const FILTERS = [
  ['actor', '<id>', 'an actor id on either side'],
  ['source', '<code>', 'source actor code, or its start (IRN matches IRNGOV), or actor id'],
  ['target', '<code>', 'target actor code, or its start, or actor id'],
  ['dyad', '<A,B>', 'events between two countries in either direction, e.g. IRN,IRQ'],
  ['country', '<code>', 'a country on either side'],
  ['code', '<cameo>', 'CAMEO event code, or its start'],
  ['root', '<cameo>', 'CAMEO root code (01-20)'],
  ['quadClass', '<n,…>', 'QuadClass(es) 1-4'],
  ['plover', '<type>', 'PLOVER event type, e.g. CONSULT'],
  ['from', '<date>', 'events on or after (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['to', '<date>', 'events on or before'],
  ['publishedFrom', '<date>', 'articles published on or after'],
  ['publishedTo', '<date>', 'articles published on or before'],
  ['q', '<words>', 'words of the article'],
  ['article', '<id>', 'only the events of this article'],
] as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

interface ExportOptions {
  format: string;
  db?: string;
  out?: string;
  [filter: string]: string | undefined;
}

export function register(program: Command): void {
  const command = program
    .command('export')
    .description('Write stored events as a GDELT 2.0 event table (61 tab-separated columns), CSV or JSON Lines.')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)');
  for (const [name, arg, help] of FILTERS) command.option(`--${kebab(name)} ${arg}`, help);
  command.action(async (options: ExportOptions) => {
    await exportCommand(options);
  });
}

export async function exportCommand(options: ExportOptions): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format ${options.format}: expected one of ${EXPORT_FORMATS.join(', ')}`);
  const parsed = eventQuery({}).safeParse(Object.fromEntries(FILTERS.map(([name]) => [name, options[name]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${kebab(String(issue.path[0]))}: ${issue.message}`);
  }
  let filter;
  try {
    filter = eventFilter(parsed.data);
  } catch (error) {
    if (error instanceof ParameterError) throw new UsageError(error.message.replace(/^Invalid query: /, '--'));
    throw error;
  }
  const store = await openStore(databasePath(options.db));
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  try {
    for await (const chunk of exportEvents(store, options.format as ExportFormat, filter)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    await store.close();
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as NodeJS.WritableStream).end(() => resolve()));
  }
}
