import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../model/index.js';
import { readArticle } from '../read/index.js';
import { CursorError, type Store } from './store.js';

export function docOf(text: string, published: string | null, title = 'A story'): Doc {
  const article = readArticle({ name: 'test', bytes: Buffer.from(text), format: 'text', hints: { title } });
  return emptyDoc({ ...article, published });
}

/** The behaviour every store implementation must have (Hono's shared router suite is the model). */
export function runStoreSuite(name: string, make: () => Promise<Store>): void {
  describe(`the ${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
      await store.migrate();
    });
    afterEach(async () => store.close());

    it('stores a document and gives it back whole', async () => {
      const doc = docOf('Iran and Iraq signed a trade agreement in Baghdad.', '2021-02-06T13:47:00');
      expect(await store.putDocs([doc])).toEqual({ stored: 1, duplicates: 0 });
      expect(await store.getDoc(doc.article.id)).toEqual(doc);
      expect(await store.hasArticle(doc.article.id)).toBe(true);
    });

    it('stores the same article once, however often it is ingested', async () => {
      const doc = docOf('The same story twice.', '2021-01-01');
      await store.putDocs([doc]);
      expect(await store.putDocs([doc, doc])).toEqual({ stored: 0, duplicates: 2 });
      expect(await store.countArticles()).toBe(1);
    });

    it('keeps nothing of a batch that fails half-way', async () => {
      const good = docOf('A good story about talks.', '2021-01-02');
      const broken = { ...docOf('A broken one.', null), article: { ...good.article, id: 'other', title: null as unknown as string } };
      await expect(store.putDocs([good, broken])).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
    });

    it('returns nothing for an unknown id', async () => {
      expect(await store.getDoc('nope')).toBeNull();
    });

    it('lists the newest first, page by page, undated last', async () => {
      const docs = [
        docOf('First story text.', '2020-01-01'),
        docOf('Second story text.', '2021-06-01T10:00:00Z'),
        docOf('Third story text.', null),
        docOf('Fourth story text.', '2020-07-15'),
      ];
      await store.putDocs(docs);
      const first = await store.listArticles({ limit: 2 });
      expect(first.items.map((a) => a.published)).toEqual(['2021-06-01T10:00:00Z', '2020-07-15']);
      expect(first.next).not.toBeNull();
      const second = await store.listArticles({ limit: 2, cursor: first.next });
      expect(second.items.map((a) => a.published)).toEqual(['2020-01-01', null]);
      expect(second.next).toBeNull();
      expect(second.items[0]!.lead).toBe('First story text.');
    });

    it('refuses a cursor it did not make', async () => {
      await expect(store.listArticles({ cursor: 'garbage' })).rejects.toBeInstanceOf(CursorError);
    });

    it('finds articles by words of their text and title, with the matches marked', async () => {
      await store.putDocs([
        docOf('Rouhani met the Iraqi foreign minister in Tehran.', '2021-02-06', 'Iran-Iraq ties'),
        docOf('Markets fell in London on Monday.', '2021-02-07', 'Stocks'),
      ]);
      const found = await store.search('tehran minister');
      expect(found.items.map((a) => a.title)).toEqual(['Iran-Iraq ties']);
      const hit = found.items[0]!;
      const marked = hit.highlights.map((h) => hit.snippet.slice(h.start, h.end));
      expect(marked).toEqual(['minister', 'Tehran']);
      expect((await store.search('"foreign minister"')).items).toHaveLength(1);
      expect((await store.search('minister London')).items).toHaveLength(0);
    });

    it('treats search syntax in a query as words, not as an error', async () => {
      await store.putDocs([docOf('A story about NEAR and AND operators.', '2021-01-01')]);
      expect((await store.search('AND(near "')).items).toHaveLength(1);
      await expect(store.search('"" ()')).rejects.toBeInstanceOf(CursorError);
    });
  });
}
