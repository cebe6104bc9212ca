import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from './fetch.js';
import { loadItems, type Item } from './index.js';

async function collect(refs: string[]): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of loadItems(refs)) items.push(item);
  return items;
}

const names = (items: Item[]) => items.map((i) => ('source' in i ? i.source.name : `error ${i.error.message}`));

describe('inputs on a command line', () => {
  it('walks folders in order, picking article files only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-in-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'B story.');
    writeFileSync(join(dir, 'a.html'), '<p>A story.</p>');
    writeFileSync(join(dir, 'sub', 'c.txt.gz'), gzipSync('C story.'));
    writeFileSync(join(dir, 'notes.pdf'), '%PDF');
    writeFileSync(join(dir, '.hidden.txt'), 'no');
    expect(names(await collect([dir]))).toEqual([join(dir, 'a.html'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt.gz')]);
  });

  it('gives one item per JSON Lines article and names bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-in-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, ['{"id": "a1", "text": "Iran met Iraq.", "published": "2021-02-06"}', '', 'not json', '{"id": 7}', '{"id": "h", "html": "<p>x</p>"}'].join('\n'));
    const items = await collect([file]);
    expect(names(items)).toEqual([
      `${file}:1 (a1)`,
      `error ${file}:3: Not valid JSON`,
      `error ${file}:4: Not an article line: line needs "text" or "html"`,
      `${file}:5 (h)`,
    ]);
    expect(items[0]).toMatchObject({ source: { format: 'text', hints: { externalId: 'a1', published: '2021-02-06' } } });
    expect(items[2]).toMatchObject({ externalId: '7' });
  });

  it('names a path that does not exist', async () => {
    expect(names(await collect(['/no/such/file.html']))).toEqual(['error /no/such/file.html: No such file or folder']);
  });
});

describe('fetching a URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Iran met Iraq.</p>');
      if (req.url === '/moved') return res.writeHead(301, { location: '/page' }).end();
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000));
      if (req.url === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
      res.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('follows redirects and keeps the final address and content type', async () => {
    const page = await fetchPage(`${base}/moved`, { maxBytes: 1000 });
    expect(page).toMatchObject({ url: `${base}/page`, contentType: 'text/html; charset=utf-8' });
    expect(Buffer.from(page.bytes).toString()).toBe('<p>Iran met Iraq.</p>');
  });

  it.each([
    ['/loop', { maxBytes: 1000 }, 'Too many redirects (more than 5)'],
    ['/missing', { maxBytes: 1000 }, 'HTTP 404 Not Found'],
    ['/big', { maxBytes: 1000 }, 'Too large: more than the limit of 1000 bytes'],
    ['/pdf', { maxBytes: 1000 }, 'Not a page or text: the server sent application/pdf'],
    ['/slow', { maxBytes: 1000, timeoutMs: 200 }, 'Timed out after 200 ms'],
  ])('fails %s with a one-line error', async (path, options, message) => {
    await expect(fetchPage(`${base}${path}`, options)).rejects.toThrow(`${base}${path}: ${message}`);
  });

  it('names an address that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchPage(url, { maxBytes: 1000 })).rejects.toThrow(`${url}: Could not fetch: ECONNREFUSED`);
  });
});
