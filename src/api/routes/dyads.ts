import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { eventFilter, eventQuery } from '../event-query.js';
import { ApiError, SeriesPoint } from '../schemas.js';

const Country = z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter country code such as IRN');

const route = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/series',
  summary: 'Events between two countries (either direction) per period: counts per QuadClass, mean Goldstein, articles',
  request: {
    params: z.object({ a: Country, b: Country }),
    query: eventQuery({ interval: z.enum(['day', 'week', 'month']).default('month').describe('Length of a period (default month)') }),
  },
  responses: {
    200: {
      description: 'The series, periods without events left out',
      content: { 'application/json': { schema: z.object({ a: z.string(), b: z.string(), interval: z.string(), series: z.array(SeriesPoint) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

const top = createRoute({
  method: 'get',
  path: '/api/dyads',
  summary: 'Pairs of countries with events between them, the most events first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20).describe('Pairs (1–200, default 20)') }) },
  responses: {
    200: {
      description: 'The pairs (a before b alphabetically)',
      content: { 'application/json': { schema: z.object({ dyads: z.array(z.object({ a: z.string(), b: z.string(), events: z.number().int() })) }) } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

export function dyads(app: OpenAPIHono, store: Store): void {
  app.openapi(top, async (c) => c.json({ dyads: await store.topDyads({ limit: c.req.valid('query').limit }) }, 200));
  app.openapi(route, async (c) => {
    const { a, b } = c.req.valid('param');
    const { interval, ...query } = c.req.valid('query');
    if (query.dyad) return c.json({ error: 'Invalid query: dyad: the dyad is given by the path' }, 400);
    const series = await store.dyadSeries(a, b, { interval, filter: eventFilter(query) });
    return c.json({ a, b, interval, series }, 200);
  });
}
