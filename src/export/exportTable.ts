// Outputs are written by the engine (COPY ... TO), never built as strings on the main thread.
import { type Database, sqlString } from '../db/database';
import type { DatasetInfo } from '../pipeline/compute';

export type ExportTable = 'features' | 'bursts';
export type ExportFormat = 'csv' | 'parquet';

/** Spec 7: features_<UNDERLYING>_<YYYY-MM-DD>.csv and the like. */
export function exportFileName(table: ExportTable, format: ExportFormat, info: DatasetInfo): string {
  return `${table}_${info.underlying}_${info.tradeDate}.${format}`;
}

const FORMAT_OPTIONS: Record<ExportFormat, string> = {
  // The CSV writer's defaults are the spec's: NULL as an empty field, true/false, timestamps
  // as YYYY-MM-DD HH:MM:SS, doubles at round-trip precision.
  csv: "FORMAT CSV, HEADER, DELIMITER ','",
  parquet: 'FORMAT PARQUET',
};

/** Writes the current dataset's table to `path` on the engine's file system. */
export async function writeExport(db: Database, table: ExportTable, format: ExportFormat, path: string): Promise<void> {
  await db.query(`COPY ${table} TO ${sqlString(path)} (${FORMAT_OPTIONS[format]})`);
}
