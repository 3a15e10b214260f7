// The same duckdb-wasm build as the browser, through its blocking Node bindings: unit tests run
// the app's own SQL and pipeline on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Table, tableToIPC } from 'apache-arrow';
import type { Database, Param } from './database';
import { ENGINE_SETTINGS } from './settings';

const require = createRequire(import.meta.url);
const duckdb: typeof import('@duckdb/duckdb-wasm/dist/duckdb-node-blocking') = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

export async function openNodeDatabase(): Promise<Database> {
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  for (const statement of ENGINE_SETTINGS) conn.query(statement);

  return {
    async query(sql: string, params: readonly Param[] = []): Promise<Table> {
      if (params.length === 0) return conn.query(sql);
      const statement = conn.prepare(sql);
      try {
        return statement.query(...params);
      } finally {
        statement.close();
      }
    },
    async registerFile(path) {
      throw new Error(`${path}: under Node the engine reads files from disk by path; give the path`);
    },
    async insertArrow(name, table) {
      conn.query(`DROP TABLE IF EXISTS "${name}"`);
      // The bindings load apache-arrow as CommonJS, the app as ESM: two module instances, so a
      // Table object cannot cross. IPC bytes can.
      conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
    },
    async prepareOutput() {
      // Node writes COPY output straight to disk.
    },
    async readFile(path) {
      return readFileSync(path);
    },
    async dropFile(path) {
      db.dropFile(path);
    },
  };
}
