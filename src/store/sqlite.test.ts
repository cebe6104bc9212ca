import { createSqliteStore } from './sqlite.js';
import { runStoreSuite } from './store.suite.js';

runStoreSuite('SQLite', async () => createSqliteStore(':memory:'));
