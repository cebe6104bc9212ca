import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { CONTENT_TYPES, EXPORT_FORMATS, exportEvents } from '../../export/index.js';
import type { Store } from '../../store/index.js';
import { eventFilter, eventQuery } from '../event-query.js';
import { ApiError } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/export',
  summary: 'The filtered events as a file: GDELT 2.0 event table (61 tab-separated columns), CSV with a header, or JSON Lines of OUTPUT.md events',
  request: { query: eventQuery({ format: z.enum(EXPORT_FORMATS).describe('gdelt, csv or jsonl') }) },
  responses: {
    200: {
      description: 'The events',
      content: { 'text/tab-separated-values': { schema: z.string() }, 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
    },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } },
  },
});

const EXTENSIONS = { gdelt: 'tsv', csv: 'csv', jsonl: 'jsonl' } as const;

export function exports(app: OpenAPIHono, store: Store): void {
  app.openapi(route, async (c) => {
    const { format, ...query } = c.req.valid('query');
    const chunks = exportEvents(store, format, eventFilter(query));
    // The first chunk is read before answering, so that a bad filter is still a 400.
    const first = await chunks.next();
    c.header('content-type', CONTENT_TYPES[format]);
    c.header('content-disposition', `attachment; filename="dyad-events.${EXTENSIONS[format]}"`);
    return stream(c, async (out) => {
      if (!first.done) await out.write(first.value);
      for await (const chunk of chunks) await out.write(chunk);
    }) as never;
  });
}
