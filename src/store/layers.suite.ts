import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDoc, storyWith } from '../../test/support/docs.js';
import { CursorError, type EventFilter, type Store } from './store.js';

const usChina = (published: string, cameo: string, sentence: string) =>
  storyWith(published, [{ source: 'USAGOV', target: 'CHNGOV', cameo, sentence, date: published.slice(0, 10) }], `US-China ${published}`);

/** Events, actors and series: the layer tables every store implementation must keep. */
export function runLayersSuite(name: string, make: () => Promise<Store>): void {
  describe(`the ${name} store's event tables`, () => {
    let store: Store;
    const seed = seedDoc();
    const others = [
      usChina('2021-01-10T09:00:00Z', '036', 'Washington said it wants to meet Beijing.'),
      usChina('2021-01-20T09:00:00Z', '173', 'The United States arrested Chinese nationals.'),
      usChina('2021-03-02T09:00:00Z', '057', 'The US and China signed a climate accord.'),
      storyWith('2021-02-08', [{ source: 'IRQGOV', target: 'IRNGOV', cameo: '042', sentence: 'The Iraqi minister visited Tehran.', date: '2021-02-07' }], 'Iraq visits Iran'),
    ];
    beforeEach(async () => {
      store = await make();
      await store.migrate();
      await store.putDocs([seed, ...others]);
    });
    afterEach(async () => store.close());

    const codes = async (filter: EventFilter) => (await store.events(filter, { limit: 200 })).items.map((e) => e.cameo);

    it('gives events latest first, with their article', async () => {
      const page = await store.events({});
      expect(page.items.map((e) => e.cameo)).toEqual(['057', '042', '051', '043', '173', '036', '111']);
      expect(page.items[3]).toMatchObject({ articleId: seed.article.id, title: seed.article.title, evidence: seed.events[0]!.evidence, inLead: false });
    });

    it('pages through events with a cursor', async () => {
      const first = await store.events({}, { limit: 4 });
      const second = await store.events({}, { limit: 4, cursor: first.next });
      expect([...first.items, ...second.items].map((e) => e.cameo)).toEqual(['057', '042', '051', '043', '173', '036', '111']);
      expect(second.next).toBeNull();
      await expect(store.events({}, { cursor: 'nope' })).rejects.toBeInstanceOf(CursorError);
    });

    it('finds the events between two countries in either direction', async () => {
      expect(await codes({ dyad: ['IRN', 'IRQ'] })).toEqual(['042', '051', '043']);
      expect(await codes({ dyad: ['IRQ', 'IRN'] })).toEqual(['042', '051', '043']);
      expect(await codes({ dyad: ['CHN', 'USA'] })).toEqual(['057', '173', '036']);
    });

    it('filters by source and target code or its start, actor, country and coding', async () => {
      expect(await codes({ source: 'IRN' })).toEqual(['051', '043', '111']);
      expect(await codes({ source: 'IRNGOV', target: 'USA' })).toEqual(['111']);
      expect(await codes({ target: 'fuad-hussein' })).toEqual(['043']);
      expect(await codes({ actor: 'hassan-rouhani' })).toEqual(['051', '043', '111']);
      expect(await codes({ country: 'USA' })).toEqual(['057', '173', '036', '111']);
      expect(await codes({ code: '04' })).toEqual(['042', '043']);
      expect(await codes({ root: '05' })).toEqual(['057', '051']);
      expect(await codes({ quadClass: [3, 4] })).toEqual(['173', '111']);
      expect(await codes({ ploverType: 'CONSULT' })).toEqual(['042', '043']);
      expect(await codes({ article: seed.article.id })).toEqual(['051', '043', '111']);
    });

    it('filters by event date, publication date and the words of the article', async () => {
      expect(await codes({ from: '2021-02-01', to: '2021-02-28' })).toEqual(['042', '051', '043']);
      expect(await codes({ publishedFrom: '2021-02-07' })).toEqual(['057', '042']);
      expect(await codes({ publishedTo: '2021-01-31' })).toEqual(['173', '036']);
      expect(await codes({ q: 'commonalities' })).toEqual(['051', '043', '111']);
      await expect(codes({ q: '""' })).rejects.toBeInstanceOf(CursorError);
    });

    it('replaces an article’s layers when it is stored again after a change', async () => {
      const recoded = { ...seed, events: seed.events.slice(0, 1), actors: seed.actors.slice(0, 2), mentions: [] };
      expect(await store.putDocs([recoded])).toEqual({ stored: 0, duplicates: 1 });
      expect(await codes({ article: seed.article.id })).toHaveLength(3);
      expect(await store.putDocs([recoded], { replace: true })).toEqual({ stored: 1, duplicates: 0 });
      expect(await codes({ article: seed.article.id })).toEqual(['043']);
      expect(await store.getDoc(seed.article.id)).toEqual(recoded);
      expect(await store.actor('USA')).toBeNull();
      expect(await store.countArticles()).toBe(5);
    });

    it('counts a dyad’s events per QuadClass, with mean Goldstein and articles, per month or week', async () => {
      const months = await store.dyadSeries('USA', 'CHN', { interval: 'month' });
      expect(months).toEqual([
        { period: '2021-01-01', quadClass: [1, 0, 0, 1], events: 2, goldstein: expect.any(Number), articles: 2 },
        { period: '2021-03-01', quadClass: [1, 0, 0, 0], events: 1, goldstein: expect.any(Number), articles: 1 },
      ]);
      expect(months[0]!.goldstein).toBeCloseTo((4 + -5) / 2, 1);
      const weeks = await store.dyadSeries('IRQ', 'IRN', { interval: 'week' });
      // 3 Feb and 6 Feb are in the week of Monday 1 Feb; Sunday 7 Feb too.
      expect(weeks.map((p) => [p.period, p.events, p.articles])).toEqual([['2021-02-01', 3, 2]]);
    });

    it('ranks the pairs of countries by their events, each pair once', async () => {
      expect(await store.topDyads()).toEqual([
        { a: 'CHN', b: 'USA', events: 3 },
        { a: 'IRN', b: 'IRQ', events: 3 },
        { a: 'IRN', b: 'USA', events: 1 },
      ]);
    });

    it('lists actors with their articles and events, and one actor’s roles', async () => {
      const page = await store.actors();
      expect(page.items[0]).toMatchObject({ id: 'hassan-rouhani', name: 'Hassan Rouhani', country: 'IRN', events: 3, articles: 1 });
      expect((await store.actors({ q: 'fuad' })).items.map((a) => a.id)).toEqual(['fuad-hussein']);
      expect((await store.actors({ country: 'IRQ' })).items.map((a) => a.id).sort()).toEqual(['IRQ', 'fuad-hussein']);
      const actor = await store.actor('hassan-rouhani');
      expect(actor?.roles).toEqual([{ role: 'President of Iran', agent: 'GOV', code: 'IRNGOV', from: '2021-02-06', to: '2021-02-06', articles: 1 }]);
      expect(await store.actor('nobody')).toBeNull();
    });

    it('links actors by their events, by code when no actor is known', async () => {
      const links = await store.actorLinks();
      expect(links).toContainEqual({ source: 'USAGOV', target: 'CHNGOV', sourceName: 'USAGOV', targetName: 'CHNGOV', events: 3, goldstein: expect.any(Number) });
      expect(await store.actorLinks({ actor: 'fuad-hussein' })).toEqual([{ source: 'hassan-rouhani', target: 'fuad-hussein', sourceName: 'Hassan Rouhani', targetName: 'Fuad Hussein', events: 1, goldstein: 2.8 }]);
    });
  });
}
