// The browser engine, and the only place that decides which duckdb-wasm build the app runs.
// 1.28.0 is pinned: it is the last release with the Parquet reader built in; later releases
// download it on first use, and the app must work offline. The threaded (COI) bundle of 1.28
// does not start, so the exception-handling (eh) bundle is used; it has no threads of its own.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { Table } from 'apache-arrow';
import type { Database, Param } from './database';
import engineWorker from './engine.worker.ts?worker&url';
import { ENGINE_SETTINGS } from './settings';

async function openBrowserDatabase(): Promise<Database> {
  const worker = new Worker(engineWorker, { type: 'module' });
  const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  await db.instantiate(ehWasm);
  await db.open({});
  const conn = await db.connect();
  for (const statement of ENGINE_SETTINGS) await conn.query(statement);

  return {
    async query(sql: string, params: readonly Param[] = []): Promise<Table> {
      // a mark per query lets the benchmark prove that playback runs none
      performance.mark('duckdb-query');
      if (params.length === 0) return conn.query(sql);
      const statement = await conn.prepare(sql);
      try {
        return await statement.query(...params);
      } finally {
        await statement.close();
      }
    },
    async registerFile(path, file) {
      // directIO=false: the engine keeps the pages it read, so the next pass over the same
      // columns reads nothing (inspect, spot and options passes share the timestamp column).
      await db.registerFileHandle(path, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, false);
    },
    async insertArrow(name, table) {
      await conn.query(`DROP TABLE IF EXISTS "${name}"`);
      await conn.insertArrowTable(table, { name, create: true });
    },
    prepareOutput: (path) => db.registerEmptyFileBuffer(path),
    readFile: (path) => db.copyFileToBuffer(path),
    async dropFile(path) {
      await db.dropFile(path);
    },
  };
}

let opened: Promise<Database> | undefined;

/** The app's engine, started once on first use. */
export function browserDatabase(): Promise<Database> {
  opened ??= openBrowserDatabase();
  return opened;
}
