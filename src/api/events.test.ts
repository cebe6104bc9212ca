import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDoc, storyWith } from '../../test/support/docs.js';
import { GDELT_COLUMNS } from '../export/index.js';
import { emptyDoc } from '../model/index.js';
import type { Pipeline } from '../pipeline/index.js';
import { readArticle } from '../read/index.js';
import type { Store } from '../store/index.js';
import { createSqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';

// The read stage and no other: the route's work is storing what the pipeline gives, not coding.
const readOnly: Pipeline = {
  stages: [],
  read: (source, options) => readArticle(source, options),
  annotate: (article) => emptyDoc(article),
  code: (source, options) => emptyDoc(readArticle(source, options)),
};

describe('the events, dyads, actors and export API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const seed = seedDoc();
  const iraq = storyWith('2021-03-08', [{ source: 'IRQGOV', target: 'IRNGOV', cameo: '042', sentence: 'The Iraqi minister visited Tehran.', date: '2021-03-07' }], 'Iraq visits Iran');

  beforeEach(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    await store.putDocs([seed, iraq]);
    app = createApp({ store, webRoot: null, apiKey: 'sesame', pipeline: readOnly });
  });
  afterEach(() => store.close());

  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.json() };
  };

  it('lists the events between two countries in either direction, page by page', async () => {
    const first = await get('/api/events?dyad=IRQ,IRN&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.events.map((e: { cameo: string }) => e.cameo)).toEqual(['042', '051']);
    const second = await get(`/api/events?dyad=IRQ,IRN&limit=2&cursor=${first.body.next}`);
    expect(second.body).toMatchObject({ events: [{ cameo: '043', articleId: seed.article.id, rule: 'test.043' }], next: null });
  });

  it('filters events by code, QuadClass, PLOVER type, dates and words', async () => {
    const cameos = async (query: string) => (await get(`/api/events?${query}`)).body.events.map((e: { cameo: string }) => e.cameo);
    expect(await cameos('root=04')).toEqual(['042', '043']);
    expect(await cameos('quadClass=3,4')).toEqual(['111']);
    expect(await cameos('plover=ACCUSE&source=IRN')).toEqual(['111']);
    expect(await cameos('from=2021-02&to=2021-02')).toEqual(['051', '043']);
    expect(await cameos('publishedFrom=2021-03-01')).toEqual(['042']);
    expect(await cameos('q=commonalities&target=USA')).toEqual(['111']);
    expect(await cameos('actor=fuad-hussein')).toEqual(['043']);
  });

  it('ranks dyads by their events', async () => {
    expect((await get('/api/dyads')).body).toEqual({ dyads: [{ a: 'IRN', b: 'IRQ', events: 3 }, { a: 'IRN', b: 'USA', events: 1 }] });
  });

  it('gives a dyad’s series per month', async () => {
    const { body } = await get('/api/dyads/IRN/IRQ/series?interval=month');
    expect(body).toEqual({
      a: 'IRN',
      b: 'IRQ',
      interval: 'month',
      series: [
        { period: '2021-02-01', quadClass: [2, 0, 0, 0], events: 2, goldstein: expect.any(Number), articles: 1 },
        { period: '2021-03-01', quadClass: [1, 0, 0, 0], events: 1, goldstein: expect.any(Number), articles: 1 },
      ],
    });
  });

  it('lists actors and gives one with its roles and latest events', async () => {
    expect((await get('/api/actors?country=IRQ')).body.actors.map((a: { id: string }) => a.id).sort()).toEqual(['IRQ', 'fuad-hussein']);
    const { body } = await get('/api/actors/hassan-rouhani');
    expect(body).toMatchObject({ name: 'Hassan Rouhani', events: 3, roles: [{ role: 'President of Iran', from: '2021-02-06' }] });
    expect(body.latest).toHaveLength(3);
    expect((await get('/api/actors/network?actor=USA')).body.links).toEqual([
      { source: 'hassan-rouhani', target: 'USA', sourceName: 'Hassan Rouhani', targetName: 'United States', events: 1, goldstein: expect.any(Number) },
    ]);
  });

  it('exports the filtered events as GDELT rows, CSV and JSON Lines', async () => {
    const gdelt = await app.request('/api/export?format=gdelt&dyad=IRN,IRQ');
    expect(gdelt.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
    const rows = (await gdelt.text()).split('\n').slice(0, -1).map((line) => line.split('\t'));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === GDELT_COLUMNS.length)).toBe(true);
    const csv = await (await app.request('/api/export?format=csv&root=11')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,articleId,date,/);
    expect(csv.split('\r\n')).toHaveLength(3);
    const jsonl = (await (await app.request('/api/export?format=jsonl')).text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((e) => e.cameo)).toEqual(['042', '051', '043', '111']);
    expect(jsonl[2]).toEqual({ ...seed.events[0], articleId: seed.article.id, published: seed.article.published, title: seed.article.title, url: null });
  });

  it('codes and stores a posted article only with the API key', async () => {
    const post = (headers: Record<string, string>, body: unknown, query = '') =>
      app.request(`/api/articles${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const article = { text: 'Iran and Iraq agreed to expand trade, officials said on Monday.', title: 'Trade', published: '2021-04-05' };
    expect((await post({}, article)).status).toBe(401);
    expect((await post({ authorization: 'Bearer wrong' }, article)).status).toBe(401);
    const created = await post({ authorization: 'Bearer sesame' }, article);
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect((await get(`/api/articles/${id}`)).body.article.title).toBe('Trade');
    expect((await post({ 'x-api-key': 'sesame' }, article)).status).toBe(200);
    expect((await post({ 'x-api-key': 'sesame' }, article, '?replace=true')).status).toBe(201);
    const bad = await post({ 'x-api-key': 'sesame' }, { title: 'Nothing' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/needs "text", "html" or "url"/);
  });

  it('refuses writes when no key is configured, and reads too when so configured', async () => {
    const open = createApp({ store, webRoot: null });
    const response = await open.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    expect(response.status).toBe(403);
    const closed = createApp({ store, webRoot: null, apiKey: 'sesame', protectReads: true });
    expect((await closed.request('/api/events')).status).toBe(401);
    expect((await closed.request('/api/events', { headers: { authorization: 'Bearer sesame' } })).status).toBe(200);
    expect((await closed.request('/api/health')).status).toBe(200);
  });

  it.each([
    ['/api/events?dyad=IRN', /^Invalid query: dyad: Expected two country codes/],
    ['/api/events?dyad=iran,iraq', /^Invalid query: dyad: /],
    ['/api/events?country=Iran', /^Invalid query: country: Expected a three-letter country code/],
    ['/api/events?code=4x', /^Invalid query: code: Expected a CAMEO event code/],
    ['/api/events?root=21', /^Invalid query: root: Expected a CAMEO root code from 01 to 20/],
    ['/api/events?quadClass=5', /^Invalid query: quadClass: /],
    ['/api/events?from=2021-13', /^Invalid query: from: /],
    ['/api/events?from=2021-03&to=2021-02', /^Invalid query: from: 2021-03 is after to \(2021-02\)/],
    ['/api/events?q=%22%22', /has no words to look for/],
    ['/api/events?cursor=abc', /^Invalid cursor/],
    ['/api/dyads/IRN/iraq/series', /^Invalid param: b: /],
    ['/api/dyads/IRN/IRQ/series?interval=year', /^Invalid query: interval: /],
    ['/api/export?format=xml', /^Invalid query: format: /],
    ['/api/actors?country=ir', /^Invalid query: country: /],
  ])('answers %s with 400 and a message saying why', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(message);
  });

  it('says when an actor is unknown', async () => {
    expect(await get('/api/actors/nobody')).toEqual({ status: 404, body: { error: 'No actor with id "nobody"' } });
  });

  it('describes every route in its OpenAPI description', async () => {
    const { body } = await get('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/dyads/{a}/{b}/series', '/api/actors', '/api/actors/{id}', '/api/actors/network', '/api/export', '/api/articles']),
    );
    expect(body.paths['/api/articles'].post.security).toEqual([{ apiKey: [] }]);
  });
});
