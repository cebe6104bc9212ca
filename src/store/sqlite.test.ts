import { createSqliteStore } from './sqlite.js';
import { runLayersSuite } from './layers.suite.js';
import { runStoreSuite } from './store.suite.js';

runStoreSuite('SQLite', async () => createSqliteStore(':memory:'));
runLayersSuite('SQLite', async () => createSqliteStore(':memory:'));
