// The truth table's files (spec 14): the CSV, written by the engine from the table's rows, and the
// config that produced it (thresholds, buckets, seed and each input file's fingerprint).
import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { type Database, sqlString } from '../db/database';
import type { FileFingerprint } from '../truth/fingerprint';
import { FINGERPRINT_METHOD } from '../truth/fingerprint';
import { TRUTH_COLUMNS, type TruthRow } from '../truth/truthTable';
import { safeNamePart } from './exportTable';

/** truth_<U>_<FIRST>_<LAST>.csv or .config.json */
export function truthFileName(underlying: string, tradeDates: readonly string[], ext: 'csv' | 'config.json'): string {
  const dates = [...tradeDates].sort();
  return `truth_${safeNamePart(underlying)}_${dates[0]}_${dates.at(-1)}.${ext}`;
}

const TEXT = new Set(['underlying', 'dte_bucket', 'tod_bucket', 'regime_in']);
const COUNTS = new Set(['days', 'seconds', 'bursts', 'vacuum', 'sweep', 'pull', 'fear', 'upside_vol_bid']);
const typeOf = (column: string) =>
  TEXT.has(column) ? new Utf8() : COUNTS.has(column) || column.endsWith('_n') ? new Int32() : new Float64();

/** Writes the rows (in the table's order) as CSV to `path` on the engine's file system. */
export async function writeTruthCsv(db: Database, rows: readonly TruthRow[], path: string): Promise<void> {
  const columns = Object.fromEntries([
    ...TRUTH_COLUMNS.map((c) => [
      c,
      vectorFromArray(
        rows.map((r) => r[c] ?? null),
        typeOf(c),
      ),
    ]),
    [
      'row_order',
      vectorFromArray(
        rows.map((_, i) => i),
        new Int32(),
      ),
    ],
  ]);
  await db.insertArrow('truth_table', new Table(columns));
  const ordered = 'SELECT * EXCLUDE (row_order) FROM truth_table ORDER BY row_order';
  await db.query(`COPY (${ordered}) TO ${sqlString(path)} (FORMAT CSV, HEADER, DELIMITER ',')`);
}

export interface TruthConfig {
  thresholds: unknown;
  bucketStarts: readonly string[];
  tick: number;
  bootstrapSeed: number;
  files: readonly FileFingerprint[];
}

/** The .config.json beside the CSV: enough to produce the same numbers again. */
export function truthConfigJson(config: TruthConfig): string {
  const { thresholds, bucketStarts, tick, bootstrapSeed, files } = config;
  const document = {
    thresholds,
    tod_bucket_starts: bucketStarts,
    tick,
    bootstrap_seed: bootstrapSeed,
    file_hash_method: FINGERPRINT_METHOD,
    files,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
