import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/index.js';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the service and its database answer',
  responses: {
    200: {
      description: 'The service is up',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), articles: z.number().int() }) } },
    },
  },
});

export function health(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => c.json({ status: 'ok' as const, articles: await store.countArticles() }, 200));
}
