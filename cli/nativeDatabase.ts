// The Database seam on native DuckDB (multi-threaded), for the batch command. Results come back
// as Arrow tables like the app's engine gives, so the pipeline code is the same.
import { rename } from 'node:fs/promises';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { type Table, tableFromArrays, tableFromJSON } from 'apache-arrow';
import type { Database, Param } from '../src/db/database';
import { ENGINE_SETTINGS } from '../src/db/settings';

function plain(value: DuckDBValue): string | number | boolean | null {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

export async function openNativeDatabase(threads?: number): Promise<Database & { version: string }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  // Time-zone-aware casts must mean UTC, as in the app's engine (which has no ICU).
  for (const statement of [...ENGINE_SETTINGS, "SET TimeZone = 'UTC'"]) await conn.run(statement);
  if (threads) await conn.run(`SET threads = ${Math.max(1, Math.floor(threads))}`);
  const version = String((await conn.runAndReadAll('SELECT version()')).getRows()[0]?.[0]);
  return { version, ...onConnection(instance, conn) };
}

function onConnection(instance: DuckDBInstance, conn: DuckDBConnection): Database {
  return {
    async query(sql: string, params: readonly Param[] = []): Promise<Table> {
      const reader = await conn.runAndReadAll(sql, params.length > 0 ? [...params] : undefined);
      const names = reader.columnNames();
      const rows = reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v as DuckDBValue)])));
      return rows.length > 0
        ? tableFromJSON(rows)
        : tableFromArrays(Object.fromEntries(names.map((n) => [n, [] as string[]])));
    },
    async registerFile(path) {
      throw new Error(`${path}: the native engine reads files from disk by path`);
    },
    async insertArrow(name) {
      throw new Error(`${name}: the batch command does not insert Arrow tables`);
    },
    async prepareOutput() {},
    async readFile(path) {
      throw new Error(`${path}: outputs stay on disk`);
    },
    async dropFile() {},
    connect: async () => onConnection(instance, await instance.connect()),
    async close() {
      conn.closeSync();
    },
  };
}

/** Moves a finished output into place; an interrupted run leaves only the temporary name. */
export function publish(temporary: string, final: string): Promise<void> {
  return rename(temporary, final);
}
