import { timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'hono';

export interface AccessOptions {
  /** The key that writes need (`Authorization: Bearer KEY` or `X-API-Key: KEY`); null: writes are refused. */
  apiKey?: string | null;
  /** Whether reads need the key too (default: reads are open). */
  protectReads?: boolean;
}

function presented(c: Context): string | null {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer ?? c.req.header('x-api-key') ?? null;
}

function matches(given: string, key: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Guards /api/*: writes always need the key, reads only when configured so; health stays open for probes. */
export function requireKey(options: AccessOptions) {
  return async (c: Context, next: Next) => {
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if ((!write && !options.protectReads) || c.req.path === '/api/health') return next();
    if (!options.apiKey) return c.json({ error: `${c.req.method} ${c.req.path} is disabled: the server has no API key configured (DYAD_API_KEY)` }, 403);
    const given = presented(c);
    if (!given) return c.json({ error: `${c.req.method} ${c.req.path} needs the API key (Authorization: Bearer KEY)` }, 401);
    if (!matches(given, options.apiKey)) return c.json({ error: 'Wrong API key' }, 401);
    return next();
  };
}
