// The same duckdb-wasm build as the browser, through its blocking Node bindings: unit tests run
// the app's own SQL and pipeline on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import type { Database, Param } from './database';
import { ENGINE_SETTINGS } from './settings';

const require = createRequire(import.meta.url);
type Bindings = typeof import('@duckdb/duckdb-wasm/dist/duckdb-node-blocking');
const BINDINGS = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

/**
 * A module instance of the bindings of its own: their Node runtime keeps open files in
 * module-level maps keyed by file id, and two engines sharing them read each other's files.
 */
function freshBindings(): Bindings {
  delete require.cache[BINDINGS];
  return require(BINDINGS);
}

export async function openNodeDatabase(): Promise<Database> {
  const duckdb = freshBindings();
  const dist = dirname(BINDINGS);
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  // The wasm reaches its file system through one global runtime, set by the engine started
  // last. Calls are synchronous, so each engine puts back its own before it runs (tests run
  // several engines in one process, as the browser runs one per worker).
  const scope = globalThis as { DUCKDB_RUNTIME?: unknown };
  const runtime = scope.DUCKDB_RUNTIME;
  const own = <T>(call: () => T): T => {
    scope.DUCKDB_RUNTIME = runtime;
    return call();
  };
  db.open({});
  const conn = db.connect();
  for (const statement of ENGINE_SETTINGS) conn.query(statement);
  return onConnection(db, conn, own);
}

type NodeDuckDB = ReturnType<Bindings['createDuckDB']> extends Promise<infer D> ? D : never;

function onConnection(db: NodeDuckDB, conn: ReturnType<NodeDuckDB['connect']>, own: <T>(call: () => T) => T): Database {
  return {
    // Results come as IPC bytes read by the app's apache-arrow (see insertArrow), so that a
    // table from one engine can be inserted into another.
    async query(sql: string, params: readonly Param[] = []): Promise<Table> {
      return own(() =>
        conn.useUnsafe((bindings, id) => {
          if (params.length === 0) return tableFromIPC(bindings.runQuery(id, sql));
          const statement = bindings.createPrepared(id, sql);
          try {
            return tableFromIPC(bindings.runPrepared(id, statement, [...params]));
          } finally {
            bindings.closePrepared(id, statement);
          }
        }),
      );
    },
    async registerFile(path) {
      throw new Error(`${path}: under Node the engine reads files from disk by path; give the path`);
    },
    async insertArrow(name, table, append = false) {
      // The bindings load apache-arrow as CommonJS, the app as ESM: two module instances, so a
      // Table object cannot cross. IPC bytes can.
      own(() => {
        if (!append) conn.query(`DROP TABLE IF EXISTS "${name}"`);
        conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: !append });
      });
    },
    async prepareOutput() {
      // Node writes COPY output straight to disk.
    },
    async readFile(path) {
      return readFileSync(path);
    },
    async dropFile(path) {
      own(() => db.dropFile(path));
    },
    connect: async () =>
      onConnection(
        db,
        own(() => db.connect()),
        own,
      ),
    async close() {
      own(() => conn.close());
    },
  };
}
