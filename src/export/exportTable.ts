// Outputs are written by the engine (COPY ... TO), never built as strings on the main thread.
import { type Database, sqlString } from '../db/database';
import type { DatasetInfo } from '../pipeline/compute';
import { runQuery } from '../pipeline/runQuery';
import type { DaySummary } from '../pipeline/study';
import { queries, type StudyDayRow } from '../sql';

/** Every table a dataset exports (spec 7-13), in the order the batch command writes them. */
export const EXPORT_TABLES = ['features', 'bursts', 'ladder', 'liquidity', 'fear', 'chop', 'regimes'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export type ExportFormat = 'csv' | 'parquet';

/**
 * A value as part of an output file name: letters, digits, '-', '_' and '.' are kept, anything
 * else (a '/', a space, a control character) becomes '_'; a leading '.' too, so that no name is
 * hidden or a folder; at most 64 characters (README: output names).
 */
export function safeNamePart(value: string): string {
  const safe = value
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\./, '_')
    .slice(0, 64);
  return safe || '_';
}

/** Spec 7: features_<UNDERLYING>_<YYYY-MM-DD>.csv and the like, the underlying made safe. */
export function exportFileName(
  table: ExportTable,
  format: ExportFormat,
  day: Pick<DatasetInfo, 'underlying' | 'tradeDate'>,
): string {
  return `${table}_${safeNamePart(day.underlying)}_${safeNamePart(day.tradeDate)}.${format}`;
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

/** days_<first trade date>_<last trade date>.csv */
export function studyDaysFileName(days: readonly DaySummary[]): string {
  const dates = days.map((d) => d.tradeDate).sort();
  return `days_${dates[0]}_${dates.at(-1)}.csv`;
}

function studyDayRow(day: DaySummary): StudyDayRow {
  const { underlying, tradeDate } = day;
  if (!day.ok) {
    return {
      underlying,
      tradeDate,
      expiry: null,
      dteDays: null,
      dteBucket: null,
      strikeStep: null,
      seconds: null,
      spotObservedSeconds: null,
      bursts: null,
      burstsUp: null,
      burstsDown: null,
      maxAbsMoveBps: null,
      error: day.error,
    };
  }
  const { info, ...figures } = day.figures;
  const { expiry, dteDays, dteBucket, strikeStep } = info;
  return { underlying, tradeDate, expiry, dteDays, dteBucket, strikeStep, ...figures, error: null };
}

/** Writes a study's days, one row each by underlying and date, as CSV to `path` on the engine. */
export async function writeStudyDays(db: Database, days: readonly DaySummary[], path: string): Promise<void> {
  await runQuery(db, queries.studyDays, undefined);
  for (const day of days) await runQuery(db, queries.studyDayRow, studyDayRow(day));
  const rows = 'SELECT * FROM study_days ORDER BY underlying, trade_date';
  await db.query(`COPY (${rows}) TO ${sqlString(path)} (${FORMAT_OPTIONS.csv})`);
}
