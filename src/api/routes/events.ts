import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { eventFilter, eventQuery } from '../event-query.js';
import { ApiError, Cursor, Limit, StoredEvent } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Events, latest event date first, filtered, page by page',
  request: { query: eventQuery({ limit: Limit, cursor: Cursor }) },
  responses: {
    200: { description: 'A page of events', content: { 'application/json': { schema: z.object({ events: z.array(StoredEvent), next: z.string().nullable() }) } } },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

export function events(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    const page = await store.events(eventFilter(query), { limit, cursor });
    return c.json({ events: page.items, next: page.next }, 200);
  });
}
