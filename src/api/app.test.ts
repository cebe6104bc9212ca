import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../store/sqlite.js';
import { docOf } from '../store/store.suite.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';

describe('the HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const seed = docOf('President Hassan Rouhani met Iraqi Foreign Minister Fuad Hussein in Tehran on Wednesday.', '2021-02-06T13:47:00', 'Iran-Iraq ties');

  beforeEach(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    await store.putDocs([seed, docOf('Markets fell in London.', '2020-01-01', 'Stocks')]);
    app = createApp({ store, webRoot: null });
  });
  afterEach(() => store.close());

  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.json() };
  };

  it('says it is healthy and how many articles it has', async () => {
    expect(await get('/api/health')).toEqual({ status: 200, body: { status: 'ok', articles: 2 } });
  });

  it('lists articles newest first, with a cursor to the next page', async () => {
    const first = await get('/api/articles?limit=1');
    expect(first.body.articles.map((a: { title: string }) => a.title)).toEqual(['Iran-Iraq ties']);
    const second = await get(`/api/articles?limit=1&cursor=${first.body.next}`);
    expect(second.body).toMatchObject({ articles: [{ title: 'Stocks' }], next: null });
  });

  it('gives one article with all its layers', async () => {
    const { status, body } = await get(`/api/articles/${seed.article.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(seed);
  });

  it('searches titles and texts', async () => {
    const { body } = await get('/api/search?q=Rouhani%20Tehran');
    expect(body.articles).toHaveLength(1);
    expect(body.articles[0]).toMatchObject({ id: seed.article.id, title: 'Iran-Iraq ties' });
  });

  it.each([
    ['/api/articles?limit=0', 400, /^Invalid query: limit: /],
    ['/api/articles?limit=abc', 400, /^Invalid query: limit: /],
    ['/api/articles?cursor=nonsense', 400, /^Invalid cursor "nonsense"/],
    ['/api/search', 400, /^Invalid query: q: /],
    ['/api/search?q=%22%22', 400, /has no words to look for/],
    ['/api/articles/unknown', 404, /^No article with id "unknown"/],
  ])('answers %s with %i and a message saying why', async (path, status, message) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatch(message);
  });

  it('describes itself with OpenAPI', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/articles', '/api/articles/{id}', '/api/search']));
  });
});

describe('the first page', () => {
  it('is served with a policy that allows only its own scripts', async () => {
    const store = createSqliteStore(':memory:');
    await store.migrate();
    const webRoot = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>dyad</title>');
    const response = await createApp({ store, webRoot }).request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>dyad</title>');
    expect((await createApp({ store, webRoot }).request('/../package.json')).status).toBe(404);
    await store.close();
  });
});
