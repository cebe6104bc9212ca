import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Doc } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { ApiError, ArticleSummary, Cursor, Limit } from '../schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Articles, newest first, page by page',
  request: { query: z.object({ limit: Limit, cursor: Cursor }) },
  responses: {
    200: {
      description: 'A page of articles',
      content: { 'application/json': { schema: z.object({ articles: z.array(ArticleSummary), next: z.string().nullable() }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article with every layer the pipeline added (the `dyad code` document)',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The coded document', content: { 'application/json': { schema: Doc } } },
    404: { description: 'No such article', content: { 'application/json': { schema: ApiError } } },
  },
});

export function articles(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await store.listArticles({ limit, cursor });
    return c.json({ articles: page.items, next: page.next }, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.getDoc(id);
    return doc ? c.json(doc, 200) : c.json({ error: `No article with id "${id}"` }, 404);
  });
}
