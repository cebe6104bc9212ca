// The whole pipeline over the bundled examples (406 articles): articles and tokens per second on one core,
// with the time each stage takes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonlItems } from '../src/read/inputs/index.js';
import { createPipeline } from '../src/pipeline/index.js';
import type { Source } from '../src/read/index.js';
import { machine } from './_machine.js';

function examples(): Source[] {
  const root = join(import.meta.dirname, '..', 'examples');
  const sources: Source[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.jsonl'))) {
      for (const item of jsonlItems(file, readFileSync(join(root, dir.name, file), 'utf8'))) if ('source' in item) sources.push(item.source);
    }
  }
  return sources;
}

export default function run(): void {
  const loadStart = performance.now();
  const pipeline = createPipeline();
  const loadMs = performance.now() - loadStart;
  const sources = examples();
  const perStage = new Map<string, number>();
  // Time each stage by wrapping its run once; the pipeline itself is unchanged.
  for (const stage of pipeline.stages) {
    const run = stage.run.bind(stage);
    (stage as { run: typeof run }).run = (doc) => {
      const t = performance.now();
      const out = run(doc);
      perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + performance.now() - t);
      return out;
    };
  }
  let tokens = 0;
  let chars = 0;
  const started = performance.now();
  for (const source of sources) {
    const doc = pipeline.code(source);
    tokens += doc.tokens.length;
    chars += doc.article.text.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`pipeline: ${sources.length} articles (${(chars / 1e6).toFixed(2)} M characters, ${tokens} tokens) in ${seconds.toFixed(1)} s: ${(sources.length / seconds).toFixed(1)} articles/s, ${Math.round(tokens / seconds)} tokens/s; resources loaded in ${loadMs.toFixed(0)} ms`);
  for (const [name, ms] of perStage) console.log(`  ${name}: ${(ms / 1000).toFixed(2)} s (${Math.round(tokens / (ms / 1000))} tokens/s)`);
  console.log(`  resident memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB; ${machine()}`);
}
