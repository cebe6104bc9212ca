import type { Migration, MigrationProvider } from 'kysely';
import * as articles from './001-articles.js';

// In order; a migration, once released, is never edited: add a new one.
const MIGRATIONS: Record<string, Migration> = {
  '001-articles': articles,
};

export const sqliteMigrations: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
