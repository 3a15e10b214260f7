// Shared set-up for unit tests: the real engine (duckdb-wasm under Node) and a temp folder.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskSource } from '../../cli/files';
import type { Database } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { toRows } from '../pipeline/columns';
import { type ComputeOptions, computeDataset, type DatasetResult } from '../pipeline/compute';
import { datasetsFromRows, type FileDataset } from '../pipeline/inspect';
import { inspectFiles, type Loaded } from '../pipeline/load';
import { DEFAULT_SESSION, thresholdsFor } from '../pipeline/market';
import { datasetsFromStatistics } from '../pipeline/rowGroups';
import { runQuery } from '../pipeline/runQuery';
import { fileShape, scanSql } from '../pipeline/schema';
import { queries } from '../sql';

export const session = DEFAULT_SESSION;

let engine: Promise<Database> | undefined;
export function testDatabase(): Promise<Database> {
  engine ??= openNodeDatabase();
  return engine;
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'market-truth-'));
}

/** A path in the usual layout `<dir>/<date>/<UNDERLYING>/<name>`, its folder made. */
export function shardPath(dir: string, name: string, underlying = 'NIFTY', date = '2026-01-08'): string {
  mkdirSync(join(dir, date, underlying), { recursive: true });
  return join(dir, date, underlying, name);
}

/** Inspects files on disk as the batch command does (their content read to tell duplicates). */
export async function loadPaths(db: Database, paths: string[]): Promise<Loaded> {
  return inspectFiles(db, await Promise.all(paths.map(diskSource)), session);
}

export const defaultOptions: ComputeOptions = { session, thresholds: (u, b) => thresholdsFor({}, u, b) };

/** Loads the files and computes the one dataset they hold (or the one named). */
export async function computePaths(
  db: Database,
  paths: string[],
  key?: string,
  options: ComputeOptions = defaultOptions,
): Promise<DatasetResult> {
  const loaded = await loadPaths(db, paths);
  const dataset = key ? loaded.datasets.find((d) => d.key === key) : loaded.datasets[0];
  if (!dataset) throw new Error(`no dataset ${key ?? ''} in ${paths.join(', ')}: ${JSON.stringify(loaded.problems)}`);
  return computeDataset(db, dataset, loaded.files, options);
}

/** The grid row index of an IST time on the default session. */
export function at(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s - (9 * 3600 + 15 * 60);
}

/** The IST time of a grid row index on the default session: the inverse of `at`. */
export function clockAt(row: number): string {
  const s = 9 * 3600 + 15 * 60 + row;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** A file's datasets read from its row groups' statistics, and counted over its rows. */
export async function datasetsBothWays(
  db: Database,
  path: string,
  pathUnderlying: string | undefined,
): Promise<{ statistics: FileDataset[] | undefined; rows: FileDataset[] }> {
  const described = toRows(await runQuery(db, queries.describeFile, { path }));
  const columns = described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  const shape = fileShape(path, columns, pathUnderlying);
  if (!shape.ok || !shape.statistics) throw new Error(`${path}: no statistics to read`);
  await db.query(`CREATE OR REPLACE TEMP VIEW file_rows AS ${scanSql(shape.scan, [path])}`);
  const statistics = await datasetsFromStatistics(db, path, shape.statistics, session);
  return { statistics, rows: await datasetsFromRows(db, session) };
}
