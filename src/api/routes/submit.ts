import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { StageError, type Pipeline } from '../../pipeline/index.js';
import { DEFAULT_MAX_BYTES, InputError } from '../../read/index.js';
import { fetchPage } from '../../read/inputs/index.js';
import type { Store } from '../../store/index.js';
import { ApiError } from '../schemas.js';

const Submission = z
  .object({
    text: z.string().min(1).optional().describe('The article as plain text'),
    html: z.string().min(1).optional().describe('The page as HTML'),
    url: z.url({ protocol: /^https?$/ }).optional().describe('Where the page is; fetched when neither text nor html is given'),
    id: z.string().max(200).optional().describe('Your id for the article (article.externalId)'),
    title: z.string().optional(),
    published: z.string().optional().describe('Publication time (ISO 8601) when the page states none'),
    source: z.string().optional(),
  })
  .refine((s) => s.text !== undefined || s.html !== undefined || s.url !== undefined, { message: 'needs "text", "html" or "url"' });

const route = createRoute({
  method: 'post',
  path: '/api/articles',
  summary: 'Code a page and store it (needs the API key)',
  security: [{ apiKey: [] }],
  request: {
    body: { required: true, content: { 'application/json': { schema: Submission } } },
    query: z.object({ replace: z.enum(['true', 'false']).default('false').describe('Code again and replace an article already stored') }),
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: z.object({ id: z.string(), stored: z.boolean(), events: z.number().int() }) } } },
    200: { description: 'Already stored (same content id): not coded again', content: { 'application/json': { schema: z.object({ id: z.string(), stored: z.boolean(), events: z.number().int() }) } } },
    400: { description: 'Invalid body, or a page dyad cannot read', content: { 'application/json': { schema: ApiError } } },
    401: { description: 'No key, or the wrong one', content: { 'application/json': { schema: ApiError } } },
    403: { description: 'The server has no key: writes are disabled', content: { 'application/json': { schema: ApiError } } },
    422: { description: 'A stage failed on the article', content: { 'application/json': { schema: ApiError } } },
  },
});

export function submit(app: OpenAPIHono, store: Store, pipeline: () => Pipeline): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const replace = c.req.valid('query').replace === 'true';
    const hints = { externalId: body.id, title: body.title, published: body.published, source: body.source, url: body.url };
    try {
      let bytes: Uint8Array;
      let contentType: string | undefined;
      if (body.text !== undefined || body.html !== undefined) bytes = Buffer.from(body.html ?? body.text ?? '');
      else ({ bytes, contentType } = await fetchPage(body.url!, { maxBytes: DEFAULT_MAX_BYTES }));
      const name = body.id ?? body.url ?? 'request body';
      const format = body.html !== undefined ? 'html' : body.text !== undefined ? 'text' : undefined;
      const article = pipeline().read({ name, bytes, contentType, format, hints });
      if (!replace && (await store.hasArticle(article.id))) {
        const stored = await store.getDoc(article.id);
        return c.json({ id: article.id, stored: false, events: stored?.events.length ?? 0 }, 200);
      }
      const doc = pipeline().annotate(article, name);
      await store.putDocs([doc], { replace });
      return c.json({ id: article.id, stored: true, events: doc.events.length }, 201);
    } catch (error) {
      if (error instanceof InputError) return c.json({ error: error.message }, 400);
      if (error instanceof StageError) return c.json({ error: error.message }, 422);
      throw error;
    }
  });
}
