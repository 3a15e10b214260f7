// A dataset's files shared out among engines (the browser runs one per core): each engine scans
// its share into partial tables, and the first engine appends the others' and merges them.
import type { Database } from '../db/database';
import type { Dataset } from './datasets';
import type { InspectedFile } from './inspect';

/** Files per dataset and rows per file that order_in_second can tell apart (13 and 30 bits). */
export const MAX_FILES = 2 ** 13;

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

/**
 * The rows of `share` with `order_in_second`: one BIGINT that orders the rows of one second as
 * spec 2 breaks ties (microsecond in the second: 20 bits, then file rank by path text: 13 bits,
 * then row number in the file: 30 bits), so that arg_max picks the last row.
 * BIGINT, not HUGEINT: DuckDB 0.9's arg_max compares a HUGEINT key as a DOUBLE, which cannot
 * tell row n from row n + 1 at that size (the parity test with the native engine found it).
 */
export function ticksView(share: readonly RankedFile[], files: ReadonlyMap<string, InspectedFile>): string {
  const selects = share.map(({ path, rank }) => {
    const file = files.get(path);
    if (!file) throw new Error(`${path}: not inspected`);
    return `SELECT *, (epoch_us(ts) % 1000000) * ${2 ** 43} + ${rank * 2 ** 30} + row_no AS order_in_second FROM (${file.select})`;
  });
  return selects.join('\nUNION ALL\n');
}

/** An engine and the files it scans; the first share's engine holds the results. */
export interface Share {
  engine: Database;
  files: RankedFile[];
}

/** Runs `scan` on every share at once, then appends the other shares' `tables` to the first's. */
export async function scanShares(
  shares: readonly Share[],
  tables: readonly string[],
  scan: (db: Database) => Promise<unknown>,
) {
  await Promise.all(shares.map(({ engine }) => scan(engine)));
  const [main, ...others] = shares.map((s) => s.engine);
  for (const engine of others) {
    for (const table of tables) {
      const rows = await engine.query(`SELECT * FROM ${table}`);
      if (rows.numRows > 0) await main?.insertArrow(table, rows, true);
    }
  }
}
