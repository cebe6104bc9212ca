import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { openStore } from '../../store/index.js';
import { databasePath, positiveInt } from '../options.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the browser UI.')
    .option('--port <n>', 'port to listen on', positiveInt, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)')
    .action(async (options: { port: number; host: string; db?: string }) => {
      const store = await openStore(databasePath(options.db));
      // The key comes from the environment, not the command line, where other users could see it.
      const app = createApp({ store, apiKey: process.env.DYAD_API_KEY || null, protectReads: process.env.DYAD_PROTECT_READS === '1' });
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
          process.stdout.write(`dyad: serving http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${info.port} (API at /api, description at /api/openapi.json)\n`);
        });
        server.on('error', (error: NodeJS.ErrnoException) =>
          reject(new Error(error.code === 'EADDRINUSE' ? `Port ${options.port} is already in use: try --port` : error.message)),
        );
        const stop = () => server.close(() => store.close().then(() => resolve()));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
