export * from './store.js';
export { createSqliteStore } from './sqlite.js';

import { createSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Opens the store at a path (creating and migrating it when needed). */
export async function openStore(path: string): Promise<Store> {
  const store = createSqliteStore(path);
  await store.migrate();
  return store;
}
