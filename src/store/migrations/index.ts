import type { Migration, MigrationProvider } from 'kysely';
import * as articles from './001-articles.js';
import * as layers from './002-layers.js';

// In order; a migration, once released, is never edited: add a new one.
const MIGRATIONS: Record<string, Migration> = {
  '001-articles': articles,
  '002-layers': layers,
};

export const sqliteMigrations: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
