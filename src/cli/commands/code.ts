import type { Command } from 'commander';
import { createPipeline } from '../../pipeline/index.js';
import { InputError, DEFAULT_MAX_BYTES } from '../../read/index.js';
import { loadItems } from '../../read/inputs/index.js';
import { StageError } from '../../pipeline/index.js';
import { isoTime, positiveInt } from '../options.js';

interface CodeOptions {
  input: 'auto' | 'jsonl';
  published?: string;
  maxBytes: number;
  timeout: number;
}

export function register(program: Command): void {
  program
    .command('code')
    .description('Code articles and print the document of each as JSON (one per line when there are several); stores nothing.')
    .argument('<inputs...>', 'files, folders, http(s) URLs, or - for standard input')
    .option('--input <format>', 'auto (HTML or text, sniffed) or jsonl (one article per line)', 'auto')
    .option('--published <iso>', 'publication time for inputs that state none', isoTime)
    .option('--max-bytes <n>', 'largest input accepted', positiveInt, DEFAULT_MAX_BYTES)
    .option('--timeout <ms>', 'time limit for fetching a URL', positiveInt, 20_000)
    .action(code);
}

async function code(inputs: string[], options: CodeOptions): Promise<void> {
  const pipeline = createPipeline();
  const batch = options.input === 'jsonl' || inputs.length > 1;
  let failed = 0;
  let coded = 0;
  const items = loadItems(inputs, { jsonl: options.input === 'jsonl', maxBytes: options.maxBytes, timeoutMs: options.timeout });
  for await (const item of items) {
    try {
      if ('error' in item) throw item.error;
      const doc = pipeline.code(item.source, { maxBytes: options.maxBytes, defaultPublished: options.published });
      coded++;
      if (!batch && coded > 1) throw new InputError(inputs[0]!, 'Holds several articles: use --input jsonl or give them one by one');
      process.stdout.write(batch ? `${JSON.stringify(doc)}\n` : `${JSON.stringify(doc, null, 2)}\n`);
    } catch (error) {
      if (!batch || !(error instanceof InputError || error instanceof StageError)) throw error;
      failed++;
      const externalId = 'error' in item ? (item.externalId ?? null) : (item.source.hints.externalId ?? item.source.name);
      process.stdout.write(`${JSON.stringify({ externalId, error: error.message })}\n`);
      process.stderr.write(`dyad: ${error.message}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}
