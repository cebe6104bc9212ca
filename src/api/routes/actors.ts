import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { ActorLink, ActorRole, ActorSummary, ApiError, Cursor, Limit, StoredEvent } from '../schemas.js';

const bad = { description: 'Invalid parameters', content: { 'application/json': { schema: ApiError } } };

const list = createRoute({
  method: 'get',
  path: '/api/actors',
  summary: 'Actors seen in articles, most events first',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(100).optional().describe('Part of the name, or the exact code or id'),
      country: z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter country code such as IRN').optional(),
      limit: Limit,
      cursor: Cursor,
    }),
  },
  responses: {
    200: { description: 'A page of actors', content: { 'application/json': { schema: z.object({ actors: z.array(ActorSummary), next: z.string().nullable() }) } } },
    400: bad,
  },
});

const network = createRoute({
  method: 'get',
  path: '/api/actors/network',
  summary: 'Actors linked by events (sides without a known actor by their code), the most linked pairs first',
  request: {
    query: z.object({
      actor: z.string().min(1).max(100).optional().describe('Only the links of this actor id or code'),
      limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Links (1–1000, default 100)'),
    }),
  },
  responses: {
    200: { description: 'The links', content: { 'application/json': { schema: z.object({ links: z.array(ActorLink) }) } } },
    400: bad,
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/actors/{id}',
  summary: 'One actor: the roles it held over time and its latest events',
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20).describe('Latest events (1–200, default 20)') }),
  },
  responses: {
    200: {
      description: 'The actor',
      content: { 'application/json': { schema: ActorSummary.extend({ roles: z.array(ActorRole), events: z.number().int(), latest: z.array(StoredEvent) }) } },
    },
    400: bad,
    404: { description: 'No such actor', content: { 'application/json': { schema: ApiError } } },
  },
});

export function actors(app: OpenAPIHono, store: Store): void {
  app.openapi(list, async (c) => {
    const { q, country, limit, cursor } = c.req.valid('query');
    const page = await store.actors({ q, country, limit, cursor });
    return c.json({ actors: page.items, next: page.next }, 200);
  });
  app.openapi(network, async (c) => {
    const { actor, limit } = c.req.valid('query');
    return c.json({ links: await store.actorLinks({ actor, limit }) }, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const actor = await store.actor(id);
    if (!actor) return c.json({ error: `No actor with id "${id}"` }, 404);
    const latest = await store.events({ actor: id }, { limit: c.req.valid('query').limit });
    return c.json({ ...actor, latest: latest.items }, 200);
  });
}
