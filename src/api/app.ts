import { OpenAPIHono } from '@hono/zod-openapi';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CursorError, type Store } from '../store/index.js';
import { articles } from './routes/articles.js';
import { health } from './routes/health.js';
import { search } from './routes/search.js';
import { serveWeb } from './static.js';

export interface AppOptions {
  store: Store;
  /** Folder of the browser UI; default: the package's `web/`. */
  webRoot?: string | null;
}

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The HTTP API (and the browser UI's files), described at /api/openapi.json. */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
      return c.json({ error: `Invalid ${result.target}: ${problems}` }, 400);
    },
  });
  app.onError((error, c) => {
    if (error instanceof CursorError) return c.json({ error: error.message }, 400);
    console.error(error);
    return c.json({ error: 'Internal error' }, 500);
  });
  health(app, options.store);
  articles(app, options.store);
  search(app, options.store);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'dyad', version: '0.1.0', description: 'Articles coded into event data (CAMEO, PLOVER).' },
  });
  const webRoot = options.webRoot === undefined ? join(PACKAGE_ROOT, 'web') : options.webRoot;
  if (webRoot && existsSync(webRoot)) serveWeb(app, webRoot);
  else app.notFound((c) => c.json({ error: `Nothing at ${c.req.path}` }, 404));
  return app;
}
