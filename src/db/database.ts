import type { Table } from 'apache-arrow';

/** A value bound to a prepared-statement parameter ($1, $2, ...). */
export type Param = string | number | boolean | null;

/**
 * The one seam between the app and DuckDB. The browser (duckdb-wasm in a worker) and Node
 * (the same wasm build, blocking bindings) implement it, so tests run the app's own pipeline.
 */
export interface Database {
  /** Runs one statement; with params it is prepared, so values never enter the SQL text. */
  query(sql: string, params?: readonly Param[]): Promise<Table>;
  /** Makes a user's file readable under `path` without copying it into wasm memory. */
  registerFile(path: string, file: File): Promise<void>;
  /** Creates (or replaces) table `name` from an Arrow table; with `append`, adds the rows to it. */
  insertArrow(name: string, table: Table, append?: boolean): Promise<void>;
  /** Prepares `path` to receive a COPY ... TO inside the engine. */
  prepareOutput(path: string): Promise<void>;
  /** Bytes of a file the engine wrote (COPY ... TO). */
  readFile(path: string): Promise<Uint8Array>;
  /** Forgets a file the engine wrote or was given. */
  dropFile(path: string): Promise<void>;
  /** Another connection to the same engine: the same files, temp tables of its own. */
  connect(): Promise<Database>;
  /** Closes this connection; its temp tables go with it. */
  close(): Promise<void>;
}

/** A SQL string literal: the only way a value that cannot be a parameter enters SQL text. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
