// The Database seam on native DuckDB (multi-threaded), for the batch command. Results come back
// as Arrow tables like the app's engine gives, so the pipeline code is the same.
import { rename } from 'node:fs/promises';
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { Bool, Float64, Table, Type, Utf8, type Vector, vectorFromArray } from 'apache-arrow';
import { type Database, type Param, sqlIdentifier } from '../src/db/database';
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
      const columns = reader.getColumnsJS();
      return new Table(
        Object.fromEntries(reader.columnNames().map((name, c) => [name, arrowColumn(columns[c] ?? [])])),
      );
    },
    async registerFile(path) {
      throw new Error(`${path}: the native engine reads files from disk by path`);
    },
    async insertArrow(name, table, append = false) {
      if (!append) {
        const columns = table.schema.fields.map((f) => `${sqlIdentifier(f.name)} ${sqlType(f.type.typeId)}`);
        await conn.run(`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(name)} (${columns.join(', ')})`);
      }
      const appender = await conn.createAppender(name);
      const columns = table.schema.fields.map((_, c) => appendOne(table.getChildAt(c) as Vector));
      for (let row = 0; row < table.numRows; row++) {
        for (const column of columns) column(appender, row);
        appender.endRow();
      }
      appender.closeSync();
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

/** A column of JS values as Arrow: numbers as DOUBLE, booleans, anything else as text; null as NULL. */
function arrowColumn(values: unknown[]): Vector {
  const plainValues = values.map((v) => plain(v as DuckDBValue));
  const first = plainValues.find((v) => v !== null);
  const type = typeof first === 'number' ? new Float64() : typeof first === 'boolean' ? new Bool() : new Utf8();
  return vectorFromArray(plainValues, type as Float64 | Bool | Utf8) as Vector;
}

/** The column types appendOne can fill. */
function sqlType(type: Type): string {
  const types: Partial<Record<Type, string>> = {
    [Type.Float]: 'DOUBLE',
    [Type.Int]: 'INTEGER',
    [Type.Utf8]: 'VARCHAR',
    [Type.Bool]: 'BOOLEAN',
  };
  const sql = types[type];
  if (!sql) throw new Error(`cannot create a column for Arrow type ${Type[type]}`);
  return sql;
}

/** How to append a column's value at a row: numbers (as DOUBLE or INTEGER), text, booleans; null as NULL. */
function appendOne(vector: Vector): (appender: DuckDBAppender, row: number) => void {
  const typed = (put: (appender: DuckDBAppender, value: never) => void) => (appender: DuckDBAppender, row: number) => {
    const value = vector.get(row);
    if (value === null || value === undefined) appender.appendNull();
    else put(appender, value as never);
  };
  switch (vector.type.typeId) {
    case Type.Float:
      return typed((a, v: number) => a.appendDouble(v));
    case Type.Int:
      return typed((a, v: number) => a.appendInteger(v));
    case Type.Utf8:
      return typed((a, v: string) => a.appendVarchar(v));
    case Type.Bool:
      return typed((a, v: boolean) => a.appendBoolean(v));
    default:
      throw new Error(`cannot append an Arrow column of type ${vector.type}`);
  }
}

/** Moves a finished output into place; an interrupted run leaves only the temporary name. */
export function publish(temporary: string, final: string): Promise<void> {
  return rename(temporary, final);
}
