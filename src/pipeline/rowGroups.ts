// A file's datasets from its row groups' statistics, so that inspecting a usual file reads no rows:
// each row group holds one trade date and one underlying, its row count is in the footer, and
// its first and last timestamp often say whether it has rows in the session. A file whose
// statistics cannot say is read row by row instead (file_datasets.sql).
import type { Database } from '../db/database';
import { queries } from '../sql';
import { toRows } from './columns';
import type { FileDataset } from './inspect';
import { afterClose, type Session, secondOfDay } from './market';
import { runQuery } from './runQuery';
import type { StatisticsColumns } from './schema';

/** A row of file_row_groups.sql. */
export interface RowGroupStatistics {
  num_rows: number;
  timestamp_nulls: number | null;
  first_date: string | null;
  last_date: string | null;
  first_second: number | null;
  last_second: number | null;
  underlying_min: string | null;
  underlying_max: string | null;
  underlying_nulls: number | null;
}

/** What a row group's first and last second say of rows in the session. */
type InSession = 'yes' | 'no' | 'unknown';

interface GroupDataset {
  underlying: string;
  tradeDate: string;
  rowCount: number;
  inSession: InSession;
  beforeOpen: boolean;
}

/**
 * The row groups' datasets, with what their statistics tell of session rows; undefined when some
 * row group's statistics do not give one trade date and one underlying.
 */
export function datasetsOfRowGroups(
  groups: readonly RowGroupStatistics[],
  underlying: StatisticsColumns['underlying'],
  session: Session,
): GroupDataset[] | undefined {
  const open = secondOfDay(session.open);
  const close = secondOfDay(session.close);
  const byKey = new Map<string, GroupDataset>();
  for (const g of groups) {
    if (g.timestamp_nulls === null) return undefined;
    const rows = g.num_rows - g.timestamp_nulls;
    if (rows === 0) continue;
    const { first_date: date, first_second: first, last_second: last } = g;
    if (date === null || date !== g.last_date || first === null || last === null) return undefined;
    let name: string;
    if ('value' in underlying) name = underlying.value;
    else if (g.underlying_nulls === 0 && g.underlying_min !== null && g.underlying_min === g.underlying_max)
      name = g.underlying_min;
    else return undefined;

    // the row with the first (or last) timestamp is in the session when that second is
    const inSession: InSession =
      (first >= open && first <= close) || (last >= open && last <= close)
        ? 'yes'
        : last < open || first > close
          ? 'no'
          : 'unknown';
    const key = `${name}\u0000${date}`;
    const dataset = byKey.get(key) ?? {
      underlying: name,
      tradeDate: date,
      rowCount: 0,
      inSession: 'no',
      beforeOpen: false,
    };
    dataset.rowCount += rows;
    dataset.beforeOpen ||= first < open; // the first timestamp is the least: exact
    if (dataset.inSession !== 'yes' && inSession !== 'no') dataset.inSession = inSession;
    byKey.set(key, dataset);
  }
  return [...byKey.values()];
}

/**
 * The file's datasets from its statistics, asking the rows only whether a dataset has one in the
 * session when the statistics cannot say; undefined when they do not give the datasets.
 * Needs view `file_rows` over the file.
 */
export async function datasetsFromStatistics(
  db: Database,
  path: string,
  columns: StatisticsColumns,
  session: Session,
): Promise<FileDataset[] | undefined> {
  const groups = toRows(
    await runQuery(db, queries.fileRowGroups, {
      path,
      timestampColumn: columns.timestamp,
      underlyingColumn: 'column' in columns.underlying ? columns.underlying.column : null,
    }),
  ) as unknown as RowGroupStatistics[];
  const datasets = datasetsOfRowGroups(groups, columns.underlying, session);
  if (!datasets) return undefined;
  const found: FileDataset[] = [];
  for (const d of datasets) {
    let inSession = d.inSession === 'yes';
    if (d.inSession === 'unknown') {
      const [row] = toRows(
        await runQuery(db, queries.sessionRow, {
          underlying: d.underlying,
          open: `${d.tradeDate} ${session.open}`,
          closeEnd: afterClose(d.tradeDate, session),
        }),
      );
      inSession = Number(row?.found) > 0;
    }
    found.push({ ...d, inSession });
  }
  return found;
}
