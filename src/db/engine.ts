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

let compiledEngine: Promise<WebAssembly.Module> | undefined;

/**
 * The engine's wasm, compiled once for all engines. Compiled from the fetch's own response, the
 * browser keeps the optimised code with the cached file (Chromium's wasm code cache; assets are
 * served as immutable, see vite.config.ts), and the next visit starts without compiling.
 */
function compileEngine(): Promise<WebAssembly.Module> {
  compiledEngine ??= WebAssembly.compileStreaming(fetch(ehWasm)).catch(async () =>
    // a server that does not send application/wasm
    WebAssembly.compile(await (await fetch(ehWasm)).arrayBuffer()),
  );
  return compiledEngine;
}

/** The workers of the engines open now: a restart terminates them. */
const workers: Worker[] = [];

async function openBrowserDatabase(): Promise<Database> {
  const worker = new Worker(engineWorker, { type: 'module' });
  workers.push(worker);
  worker.postMessage(await compileEngine()); // before duckdb-wasm instantiates (engine.worker.ts)
  const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  await db.instantiate(ehWasm);
  await db.open({});
  const conn = await db.connect();
  for (const statement of ENGINE_SETTINGS) await conn.query(statement);
  return onConnection(db, conn);
}

function onConnection(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Database {
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
      // directIO=true: the engine reads whole column chunks, served by the worker's read-ahead
      // (engine.worker.ts), and keeps no page cache of its own. Measured on the 5M-row day:
      // drop to ready 7.5 s with the page cache (16 KiB pages) and 6.9 s without.
      await db.registerFileHandle(path, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    async insertArrow(name, table, append = false) {
      if (!append) await conn.query(`DROP TABLE IF EXISTS "${name}"`);
      await conn.insertArrowTable(table, { name, create: !append });
    },
    prepareOutput: (path) => db.registerEmptyFileBuffer(path),
    readFile: (path) => db.copyFileToBuffer(path),
    async dropFile(path) {
      await db.dropFile(path);
    },
    connect: async () => onConnection(db, await db.connect()),
    close: () => conn.close(),
  };
}

/** More engines than this cost memory (each has its own wasm heap and read-ahead cache) for little gain. */
const MAX_ENGINES = 4;

let opened: Promise<Database[]> | undefined;

/**
 * The app's engines, one per worker, as many as the machine has cores (at most MAX_ENGINES),
 * started once on first use. They share the scans of a dataset; the first holds the results.
 * The study of all days runs whole days on them, on connections of its own.
 */
export function browserEngines(): Promise<Database[]> {
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_ENGINES));
  opened ??= Promise.all(Array.from({ length: count }, openBrowserDatabase));
  return opened;
}

/**
 * Fresh engines in place of the open ones, whose workers are ended: after a wasm trap ("memory
 * access out of bounds") an engine fails every later query too. Files must be registered again.
 */
export function restartEngines(): Promise<Database[]> {
  for (const worker of workers.splice(0)) worker.terminate();
  opened = undefined;
  return browserEngines();
}

/**
 * For the end-to-end test of recovery only (builds with VITE_TEST_HOOKS): makes the first engine
 * trap for real, as DuckDB 0.9's wasm build does when binding a UNION ALL of hundreds of
 * SELECTs (its stack runs out). Constant SELECTs, not file scans: the trap then comes at once,
 * before any file is read, the same way on every run.
 */
export async function trapEngineForTest(): Promise<string> {
  const [main] = await browserEngines();
  try {
    await main?.query(Array.from({ length: 400 }, () => 'SELECT 1 AS x').join(' UNION ALL '));
    return 'no trap';
  } catch (error) {
    return String(error);
  }
}
