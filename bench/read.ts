// Read-stage throughput: pages per second over the raw HTML corpus of ../shared/data
// (pages/ and pubdate/), on one core, after a warm-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../src/read/index.js';
import { sharedPath } from '../eval/_shared.js';
import { machine } from './_machine.js';

export default function run(): void {
  const manifestPath = sharedPath('data', 'news', 'html-pages-manifest.json');
  if (!manifestPath) return;
  const dataRoot = join(manifestPath, '..', '..');
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8').replace(/\bNaN\b/g, 'null')) as Array<{ path: string; url?: string }>;
  const pages = entries.map((e) => {
    const raw = readFileSync(join(dataRoot, e.path));
    return { name: e.path, bytes: e.path.endsWith('.gz') ? gunzipSync(raw) : raw, url: e.url };
  });
  const megabytes = pages.reduce((n, p) => n + p.bytes.length, 0) / 2 ** 20;
  const once = () => {
    let failed = 0;
    for (const page of pages) {
      try {
        readArticle({ name: page.name, bytes: page.bytes, format: 'html', hints: page.url ? { url: page.url } : {} });
      } catch {
        failed++;
      }
    }
    return failed;
  };
  once();
  const started = performance.now();
  const failed = once();
  const seconds = (performance.now() - started) / 1000;
  console.log(`read: ${pages.length} pages (${megabytes.toFixed(0)} MB of HTML) in ${seconds.toFixed(1)} s: ${(pages.length / seconds).toFixed(0)} pages/s, ${(megabytes / seconds).toFixed(1)} MB/s; ${failed} refused as no article`);
  console.log(`  resident memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB; ${machine()}`);
}
