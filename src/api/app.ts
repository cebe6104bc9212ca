import { OpenAPIHono } from '@hono/zod-openapi';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { CursorError, type Store } from '../store/index.js';
import { requireKey, type AccessOptions } from './auth.js';
import { ParameterError } from './event-query.js';
import { actors } from './routes/actors.js';
import { articles } from './routes/articles.js';
import { dyads } from './routes/dyads.js';
import { events } from './routes/events.js';
import { exports } from './routes/export.js';
import { health } from './routes/health.js';
import { search } from './routes/search.js';
import { submit } from './routes/submit.js';
import { serveWeb } from './static.js';

export interface AppOptions extends AccessOptions {
  store: Store;
  /** Folder of the built browser UI; default: the package's `dist/web` (made by `npm run build`). */
  webRoot?: string | null;
  /** The pipeline that codes posted articles; default: made on the first post. */
  pipeline?: Pipeline;
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
    if (error instanceof CursorError || error instanceof ParameterError) return c.json({ error: error.message }, 400);
    console.error(error);
    return c.json({ error: 'Internal error' }, 500);
  });
  app.use('/api/*', requireKey(options));
  let pipeline = options.pipeline;
  health(app, options.store);
  articles(app, options.store);
  submit(app, options.store, () => (pipeline ??= createPipeline()));
  search(app, options.store);
  events(app, options.store);
  dyads(app, options.store);
  actors(app, options.store);
  exports(app, options.store);
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'The key set in the server (DYAD_API_KEY)' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'dyad', version: '0.1.0', description: 'Articles coded into event data (CAMEO, PLOVER).' },
  });
  const webRoot = options.webRoot === undefined ? join(PACKAGE_ROOT, 'dist', 'web') : options.webRoot;
  if (webRoot && existsSync(webRoot)) serveWeb(app, webRoot);
  else {
    app.notFound((c) =>
      c.json({ error: c.req.path.startsWith('/api/') || !webRoot ? `Nothing at ${c.req.path}` : `The browser UI is not built (no ${webRoot}): run npm run build` }, 404),
    );
  }
  return app;
}
