// The UI in real headless Chromium (Debian's `chromium`, driven by
// playwright-core): from the seed article to the Iran–Iraq dyad and back to
// the evidence. CI installs Chromium (.ci/run); elsewhere the test skips
// when it is missing.
import { serve, type ServerType } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/index.js';
import { seedDoc, storyWith } from './support/docs.js';

const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'dist', 'web');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`Browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);

describe.skipIf(!present)('the browser UI in headless Chromium', () => {
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let page: Page;
  let base: string;
  const seed = seedDoc();
  const errors: string[] = [];

  beforeAll(async () => {
    // The UI as `npm run build` makes it; built here when the test runs before any build.
    if (!existsSync(join(WEB, 'index.html'))) await (await import('vite')).build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'web'), logLevel: 'warn' });
    store = createSqliteStore(':memory:');
    await store.migrate();
    const later = storyWith('2021-04-12', [{ source: 'IRQGOV', target: 'IRNGOV', cameo: '042', sentence: 'The Iraqi prime minister visited Tehran.', date: '2021-04-11' }], 'Iraqi premier in Tehran');
    await store.putDocs([seed, later]);
    server = serve({ fetch: createApp({ store, webRoot: WEB }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  }, 120_000);

  afterAll(async () => {
    expect(errors, 'errors in the page').toEqual([]);
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
  });

  it('goes from the seed article’s quote and meeting event to the Iran–Iraq dyad and back to the evidence', async () => {
    await page.goto(`${base}/#/articles/${seed.article.id}`);
    const quote = page.locator('.text .hl-quote').first();
    await quote.waitFor();
    expect(await quote.getAttribute('title')).toMatch(/Quote by Rouhani/);
    expect(await page.locator('.text .hl-quote').allTextContents()).toContain('“Iran and Iraq share a string of strong commonalities,”');
    expect(await page.locator('.legend').first().textContent()).toContain('Quote');

    const meeting = page.locator('ol.events .event', { hasText: 'Host a visit' });
    await meeting.click();
    const detail = page.locator('.event-detail');
    expect(await detail.textContent()).toContain('test.043');
    expect(await detail.textContent()).toContain('stated in the text');
    expect((await page.locator('.text .hl-evidence.selected').allTextContents()).join('')).toContain('Rouhani said in a meeting with Iraqi Foreign Minister Fuad Hussein');

    await detail.getByRole('link', { name: /Iran–Iraq dyad/ }).click();
    await page.locator('svg.series-chart rect.q1').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Iran–Iraq');
    expect(await page.locator('svg.series-chart g.period').count()).toBe(3);
    expect(await page.locator('svg.series-chart circle.goldstein-dot').count()).toBe(2);

    await page.locator('svg.series-chart g.period[data-period="2021-02-01"] rect.hit').click();
    await page.locator('.behind h2', { hasText: 'Events from 2021-02-01 to 2021-02-28' }).waitFor();
    await page.locator('.behind .event', { hasText: 'Host a visit' }).getByRole('link').click();
    await page.locator('.text .hl-evidence.selected').first().waitFor();
    expect(await page.locator('.event-detail h3').textContent()).toContain('Host a visit');
  }, 60_000);

  it('shows an actor’s roles, network and map, with article text never read as HTML', async () => {
    await page.goto(`${base}/#/actors/hassan-rouhani`);
    await page.locator('table.roles').waitFor();
    expect(await page.locator('table.roles').textContent()).toContain('President of Iran');
    expect(await page.locator('svg.network .node').count()).toBeGreaterThan(1);
    await page.locator('svg.world-map path.land').waitFor();
    expect(await page.locator('svg.world-map circle.place').count()).toBe(1);
    const injected = storyWith('2021-05-01', [{ source: 'USA', target: 'IRN', cameo: '111', sentence: '<img src=x onerror="document.title=1"> The US criticised Iran.' }], 'Injection');
    await store.putDocs([injected]);
    await page.goto(`${base}/#/articles/${injected.article.id}`);
    await page.locator('.text p').first().waitFor();
    expect(await page.locator('.text img').count()).toBe(0);
    expect(await page.locator('.text').textContent()).toContain('<img src=x');
  }, 60_000);
});
