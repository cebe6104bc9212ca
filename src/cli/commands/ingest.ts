import type { Command } from 'commander';
import type { Doc } from '../../model/index.js';
import { createPipeline, StageError } from '../../pipeline/index.js';
import { DEFAULT_MAX_BYTES, InputError } from '../../read/index.js';
import { loadItems, type Item } from '../../read/inputs/index.js';
import { openStore } from '../../store/index.js';
import { databasePath, isoTime, positiveInt } from '../options.js';
import { createProgress } from '../progress.js';

interface IngestOptions {
  db?: string;
  published?: string;
  maxBytes: number;
  batch: number;
  timeout: number;
  /** Code articles already stored again and replace their layers (after a model or rule change). */
  recode?: boolean;
}

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
}

// Failures listed after the summary; beyond this many, only counted.
const LISTED_FAILURES = 20;

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Code articles and store them; articles already stored are skipped.')
    .argument('<paths...>', 'files, folders (recursively), JSON Lines files, http(s) URLs, or -')
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)')
    .option('--published <iso>', 'publication time for inputs that state none', isoTime)
    .option('--max-bytes <n>', 'largest input accepted', positiveInt, DEFAULT_MAX_BYTES)
    .option('--batch <n>', 'articles stored per transaction', positiveInt, 100)
    .option('--timeout <ms>', 'time limit for fetching a URL', positiveInt, 20_000)
    .option('--recode', 'code articles already stored again and replace their events, actors and mentions')
    .action(async (paths: string[], options: IngestOptions) => {
      const summary = await ingest(paths, options);
      process.stdout.write(`read ${summary.read}, stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}\n`);
    });
}

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const store = await openStore(databasePath(options.db));
  const pipeline = createPipeline();
  const items: Item[] = [];
  for await (const item of loadItems(paths, { maxBytes: options.maxBytes, timeoutMs: options.timeout })) items.push(item);
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  const failures: string[] = [];
  const pending: Doc[] = [];
  const seen = new Set<string>();
  const flush = async () => {
    const result = await store.putDocs(pending.splice(0), { replace: options.recode });
    summary.stored += result.stored;
    summary.duplicates += result.duplicates;
  };
  const progress = createProgress(items.length, 'ingest');
  try {
    for (const item of items) {
      progress.tick();
      try {
        if ('error' in item) throw item.error;
        const article = pipeline.read(item.source, { maxBytes: options.maxBytes, defaultPublished: options.published });
        summary.read++;
        // Already stored, or twice in this batch: the later stages need not run again.
        if (seen.has(article.id) || (!options.recode && (await store.hasArticle(article.id)))) {
          summary.duplicates++;
          continue;
        }
        seen.add(article.id);
        pending.push(pipeline.annotate(article, item.source.name));
        if (pending.length >= options.batch) await flush();
      } catch (error) {
        if (!(error instanceof InputError || error instanceof StageError)) throw error;
        summary.failed++;
        failures.push(error.message);
      }
    }
    await flush();
  } finally {
    progress.stop();
    await store.close();
  }
  for (const failure of failures.slice(0, LISTED_FAILURES)) process.stderr.write(`dyad: skipped ${failure}\n`);
  if (failures.length > LISTED_FAILURES) process.stderr.write(`dyad: … and ${failures.length - LISTED_FAILURES} more skipped\n`);
  return summary;
}
