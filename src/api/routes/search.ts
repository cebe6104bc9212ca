import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { ApiError, Cursor, Limit, SearchHit } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over titles and texts, best matches first',
  description: 'Every word must occur; "quoted phrases" must occur as phrases; a trailing * matches prefixes.',
  request: { query: z.object({ q: z.string().trim().min(1).max(500).describe('The query'), limit: Limit, cursor: Cursor }) },
  responses: {
    200: {
      description: 'A page of matching articles',
      content: { 'application/json': { schema: z.object({ articles: z.array(SearchHit), next: z.string().nullable() }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

export function search(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { q, limit, cursor } = c.req.valid('query');
    const page = await store.search(q, { limit, cursor });
    return c.json({ articles: page.items, next: page.next }, 200);
  });
}
