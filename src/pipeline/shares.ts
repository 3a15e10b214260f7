// A dataset's files shared out among engines (the browser runs one per core): each engine scans
// its share into partial tables, and the first engine appends the others' and merges them.
import { type Database, sqlString } from '../db/database';
import { errorMessage } from '../format';
import type { Dataset } from './datasets';
import { engineMessage, type FileProblem, type InspectedFile } from './inspect';
import { scanSql } from './schema';

/** Files per dataset and rows per file that order_in_second can tell apart (13 and 30 bits). */
export const MAX_FILES = 2 ** 13;

/**
 * Files read by one scan, at most. DuckDB 0.9's wasm build crashed ("memory access out of
 * bounds") on one read_parquet of 2,000 files (1,000 ran), and on a UNION ALL of 27 one-file scans.
 */
export const FILES_PER_SCAN = 256;

/** One engine, or several that share the scans of a dataset's files; the first holds the results. */
export type Engines = Database | readonly Database[];

export function enginesOf(engines: Engines): readonly Database[] {
  return 'query' in engines ? [engines] : engines;
}

/**
 * Runs `work` for items 0..count-1 on the engines, each engine taking the next item when it is
 * free, until all are done or `cancelled()`.
 */
export async function onFreeEngines(
  engines: readonly Database[],
  count: number,
  work: (engine: Database, index: number) => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  await Promise.all(
    engines.map(async (engine) => {
      for (let i = next++; i < count && !cancelled(); i = next++) await work(engine, i);
    }),
  );
}

/** A file of the dataset and its rank in the dataset's files sorted by path (spec 2 order). */
export interface RankedFile {
  path: string;
  rank: number;
}

/** The dataset's files dealt out to `count` engines by rows, the largest first to the least loaded. */
export function shareFiles(dataset: Dataset, files: ReadonlyMap<string, InspectedFile>, count: number): RankedFile[][] {
  if (dataset.files.length > MAX_FILES) {
    throw new Error(`${dataset.key}: ${dataset.files.length} files; at most ${MAX_FILES} per day can be ordered`);
  }
  const rows = (path: string) =>
    files.get(path)?.datasets.find((d) => d.underlying === dataset.underlying && d.tradeDate === dataset.tradeDate)
      ?.rowCount ?? 0;
  const ranked = dataset.files.map((path, rank) => ({ path, rank, rows: rows(path) }));
  const shares = Array.from({ length: count }, () => ({ rows: 0, files: [] as RankedFile[] }));
  for (const file of [...ranked].sort((a, b) => b.rows - a.rows || a.rank - b.rank)) {
    const least = shares.reduce((min, share) => (share.rows < min.rows ? share : min));
    least.rows += file.rows;
    least.files.push({ path: file.path, rank: file.rank });
  }
  return shares.map((share) => share.files);
}

function inspected(files: ReadonlyMap<string, InspectedFile>, path: string): InspectedFile {
  const file = files.get(path);
  if (!file) throw new Error(`${path}: not inspected`);
  return file;
}

/** The share's files in groups that one scan reads: the same FileScan, at most FILES_PER_SCAN. */
export function scanGroups(share: readonly RankedFile[], files: ReadonlyMap<string, InspectedFile>): RankedFile[][] {
  const byScan = new Map<string, RankedFile[]>();
  for (const file of share) {
    const { scan } = inspected(files, file.path);
    const key = `${scan.options}\n${scan.columns}`;
    byScan.set(key, [...(byScan.get(key) ?? []), file]);
  }
  return [...byScan.values()].flatMap((group) =>
    Array.from({ length: Math.ceil(group.length / FILES_PER_SCAN) }, (_, i) =>
      group.slice(i * FILES_PER_SCAN, (i + 1) * FILES_PER_SCAN),
    ),
  );
}

/**
 * The rows of one scan group with `order_in_second`: one BIGINT that orders the rows of one second
 * as spec 2 breaks ties (microsecond in the second: 20 bits, then file rank by path text: 13
 * bits, then row number in the file: 30 bits), so that arg_max picks the last row.
 * BIGINT, not HUGEINT: DuckDB 0.9's arg_max compares a HUGEINT key as a DOUBLE, which cannot
 * tell row n from row n + 1 at that size (the parity test with the native engine found it).
 */
export function ticksView(group: readonly RankedFile[], files: ReadonlyMap<string, InspectedFile>): string {
  const first = group[0];
  if (!first) throw new Error('no files to scan');
  const { scan } = inspected(files, first.path);
  const rows = scanSql(
    scan,
    group.map((f) => f.path),
  );
  const ranks = group.map(({ path, rank }) => `(${sqlString(path)}, ${rank})`).join(', ');
  return [
    `SELECT t.*, (epoch_us(t.ts) % 1000000) * ${2 ** 43} + CAST(r.rank AS BIGINT) * ${2 ** 30} + t.row_no AS order_in_second`,
    `FROM (${rows}) AS t JOIN (VALUES ${ranks}) AS r(path, rank) ON t.path = r.path`,
  ].join('\n');
}

/** An engine and the files it scans; the first share's engine holds the results. */
export interface Share {
  engine: Database;
  files: RankedFile[];
}

/** Files of a dataset that could not be read when their pages were: the dataset is built again without them. */
export class UnreadableFiles extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.reason}`).join('; '));
  }
}

/** A wasm trap, not an error of DuckDB's: the engine is broken, and no file is to blame. */
export function isEngineCrash(error: unknown): boolean {
  return /memory access out of bounds|RuntimeError|unreachable|bad_cast|null function|Aborted\(/.test(
    errorMessage(error),
  );
}

/**
 * Runs `scan` over every share at once, each engine one scan group after another (view `ticks`
 * holds the group's rows; `append` says whether earlier groups' rows are in the tables already),
 * then appends the other engines' `tables` to the first's. A group that fails is scanned again
 * file by file: the files that fail alone are thrown as UnreadableFiles, after every group was
 * tried, so that one rebuild leaves them all out; when no file fails alone, the group's error is.
 */
export async function scanShares(
  shares: readonly Share[],
  files: ReadonlyMap<string, InspectedFile>,
  tables: readonly string[],
  scan: (db: Database, append: boolean) => Promise<unknown>,
) {
  const unreadable: FileProblem[] = [];
  await Promise.all(
    shares.map(async ({ engine, files: share }) => {
      const scanGroup = async (group: readonly RankedFile[], append: boolean) => {
        await engine.query(`CREATE OR REPLACE TEMP VIEW ticks AS ${ticksView(group, files)}`);
        await scan(engine, append);
      };
      let appending = false;
      let failed = false; // from then on groups are only tried: their rows are of no use
      for (const group of scanGroups(share, files)) {
        try {
          await scanGroup(group, appending && !failed);
          appending = true;
        } catch (error) {
          if (isEngineCrash(error)) throw error;
          failed = true;
          const before = unreadable.length;
          for (const file of group) {
            try {
              await scanGroup([file], false);
            } catch (alone) {
              if (isEngineCrash(alone)) throw alone;
              unreadable.push({ path: file.path, reason: unreadableReason(alone) });
            }
          }
          if (unreadable.length === before) throw error;
        }
      }
    }),
  );
  if (unreadable.length > 0) throw new UnreadableFiles(unreadable);
  const [main, ...others] = shares.map((s) => s.engine);
  for (const engine of others) {
    for (const table of tables) {
      const rows = await engine.query(`SELECT * FROM ${table}`);
      if (rows.numRows > 0) await main?.insertArrow(table, rows, true);
    }
  }
}

function unreadableReason(error: unknown): string {
  return `could not be read when its pages were (${engineMessage(error)}): the file is damaged or not written whole; copy it again from its source`;
}
