// Files -> inspected files (their normalized SELECT and the datasets they hold) or problems.
import type { Database } from '../db/database';
import { errorMessage } from '../format';
import { queries } from '../sql';
import { toRows } from './columns';
import { type Session, secondOfDay } from './market';
import { datasetsFromStatistics } from './rowGroups';
import { runQuery } from './runQuery';
import { type ColumnType, type FileScan, fileShape, scanSql } from './schema';
import { underlyingFromPath } from './underlying';

export interface SourceFile {
  path: string;
  /** A dropped or picked file; absent when the engine can already read `path` (disk, sample). */
  file?: File;
  /** The underlying the user named for a file whose path and columns name none. */
  underlying?: string;
  /** The file's bytes, to tell identical files apart (spec 1): the File itself, or a Blob of a disk file. */
  content?: Blob;
}

export interface FileProblem {
  path: string;
  reason: string;
  /** The datasets the file held, when it was found unreadable as one of them was built. */
  days?: string[];
  /** The file with the same content, which is read instead. */
  duplicateOf?: string;
}

export interface FileDataset {
  underlying: string;
  tradeDate: string;
  rowCount: number;
  /** Whether some row is inside the session (only such days are datasets). */
  inSession: boolean;
  /** Whether some row is before the open: the as-of seed of a day that some file makes a dataset. */
  beforeOpen: boolean;
}

export interface InspectedFile {
  path: string;
  scan: FileScan;
  datasets: FileDataset[];
  /** What the user should know of a file that is used, e.g. which of two like-named columns. */
  notes: string[];
  content?: Blob;
}

export type Inspection = { ok: true; file: InspectedFile } | { ok: false; problem: FileProblem };

function failure(path: string, reason: string): Inspection {
  return { ok: false, problem: { path, reason } };
}

/** An engine error's first line, without DuckDB's error type. */
export function engineMessage(error: unknown): string {
  const text = errorMessage(error);
  // the message's first line: later lines (newer engines) quote the SQL, which names no file
  return (text.split('\n')[0] ?? text).replace(/^[A-Za-z ]*Error: /, '');
}

/** The reason given for a file whose name does not end in .parquet: it is not opened. */
export const NOT_PARQUET = 'not a .parquet file: skipped';

export function noSessionRows(session: Session): string {
  return `no rows in the session ${session.open}-${session.close} IST`;
}

/** The datasets of the file behind view `file_rows`, counted over all its rows. */
export async function datasetsFromRows(db: Database, session: Session): Promise<FileDataset[]> {
  const rows = toRows(
    await runQuery(db, queries.fileDatasets, {
      openSecond: secondOfDay(session.open),
      closeSecond: secondOfDay(session.close),
    }),
  );
  return rows.map((r) => ({
    underlying: String(r.underlying),
    tradeDate: String(r.trade_date),
    rowCount: Number(r.row_count),
    inSession: Number(r.session_rows) > 0,
    beforeOpen: Number(r.pre_open_rows) > 0,
  }));
}

/** Inspects one file the engine can read (registered, or on its disk). */
export async function inspectFile(db: Database, source: SourceFile, session: Session): Promise<Inspection> {
  const { path } = source;

  let columns: ColumnType[];
  try {
    const described = toRows(await runQuery(db, queries.describeFile, { path }));
    columns = described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (error) {
    const message = engineMessage(error);
    const twice = /duplicate column name "(.+)"/.exec(message)?.[1];
    if (twice) {
      return failure(
        path,
        `has two columns named '${twice}' but for case, which DuckDB cannot tell apart: rename or drop one`,
      );
    }
    return failure(path, `not a readable Parquet file (${message})`);
  }

  const shape = fileShape(path, columns, source.underlying ?? underlyingFromPath(path));
  if (!shape.ok) return failure(path, shape.reason);

  let datasets: FileDataset[];
  try {
    await db.query(`CREATE OR REPLACE TEMP VIEW file_rows AS ${scanSql(shape.scan, [path])}`);
    datasets =
      (shape.statistics && (await datasetsFromStatistics(db, path, shape.statistics, session))) ??
      (await datasetsFromRows(db, session));
  } catch (error) {
    return failure(path, `could not be read (${engineMessage(error)})`);
  }

  // rows before the open are kept: they seed a day that another file's session rows make (load.ts)
  if (!datasets.some((d) => d.inSession || d.beforeOpen)) return failure(path, noSessionRows(session));
  return {
    ok: true,
    file: { path, scan: shape.scan, datasets, notes: shape.notes, content: source.content ?? source.file },
  };
}
