import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// The page may run only its own scripts and talk only to its own server.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Serves the browser UI's files from a folder, read once at start-up: only
 * files that are there are served, so no request path can reach elsewhere.
 */
export function serveWeb(app: OpenAPIHono, folder: string): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  const add = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path, `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, { body: readFileSync(path), type: TYPES[extname(entry.name)] ?? 'application/octet-stream' });
    }
  };
  add(folder, '/');
  app.get('*', (c) => {
    const path = c.req.path.startsWith('/api/') ? null : c.req.path === '/' ? '/index.html' : c.req.path;
    const file = path ? files.get(path) : undefined;
    if (!file) return c.json({ error: `Nothing at ${c.req.path}` }, 404);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, ...SECURITY_HEADERS });
  });
}
