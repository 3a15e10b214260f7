// Hand-built quote rows -> a Parquet file in the input schema (spec 1), written by the engine.
// Tests use it to build exact cases; the options reproduce the schema variants users' files have.
import { tableFromArrays } from 'apache-arrow';
import { type Database, sqlString } from '../db/database';

export interface TickRow {
  time: string; // 'HH:MM:SS[.fff]' IST, on `date`
  date?: string; // default '2026-01-08'
  expiry?: string; // default '2026-01-13'
  type?: string; // default 'CE'
  strike?: number; // default 25850
  bids?: number[]; // level prices, 0 = empty; default [100]
  asks?: number[]; // default [100.5]
  bidQtys?: number[]; // default 75 per level
  askQtys?: number[];
  bidOrders?: number[]; // order counts per level: bo0.. and so0.. are written only when some row has them
  askOrders?: number[];
  spot: number | null;
  vol?: number; // default 0
  underlying?: string; // written as a column only when some row has it
}

export interface TickFileOptions {
  /** naive TIMESTAMP (default), TIMESTAMPTZ (UTC instants), or INT64 ns since the epoch (UTC). */
  timestamp?: 'naive' | 'tz' | 'ns';
  /** Input columns to leave out of the file, e.g. ['strike']. */
  omit?: string[];
}

const LEVELS = [0, 1, 2, 3, 4];

export async function writeTickFile(
  db: Database,
  path: string,
  rows: TickRow[],
  options: TickFileOptions = {},
): Promise<void> {
  const level = (pick: (r: TickRow) => number[] | undefined, fallback: number[], i: number) =>
    Float64Array.from(rows, (r) => (pick(r) ?? fallback)[i] ?? Number.NaN);
  const columns: Record<string, Float64Array | string[]> = {
    ts_text: rows.map((r) => `${r.date ?? '2026-01-08'} ${r.time}`),
    expiry: rows.map((r) => r.expiry ?? '2026-01-13'),
    opt_type: rows.map((r) => r.type ?? 'CE'),
    strike: Float64Array.from(rows, (r) => r.strike ?? 25850),
    spot_price: Float64Array.from(rows, (r) => r.spot ?? Number.NaN),
    vol_delta: Float64Array.from(rows, (r) => r.vol ?? 0),
  };
  for (const i of LEVELS) {
    columns[`bp${i}`] = level((r) => r.bids, [100], i);
    columns[`sp${i}`] = level((r) => r.asks, [100.5], i);
    columns[`bq${i}`] = level((r) => r.bidQtys ?? r.bids?.map(() => 75), [75], i);
    columns[`sq${i}`] = level((r) => r.askQtys ?? r.asks?.map(() => 75), [75], i);
  }
  const withOrders = rows.some((r) => r.bidOrders !== undefined || r.askOrders !== undefined);
  if (withOrders) {
    for (const i of LEVELS) {
      columns[`bo${i}`] = level((r) => r.bidOrders, [], i);
      columns[`so${i}`] = level((r) => r.askOrders, [], i);
    }
  }
  const withUnderlying = rows.some((r) => r.underlying !== undefined);
  if (withUnderlying) columns.underlying = rows.map((r) => r.underlying ?? '');
  await db.insertArrow('tick_rows', tableFromArrays(columns));

  const ts = 'CAST(ts_text AS TIMESTAMP)';
  const timestamp = {
    naive: `${ts} AS "timestamp"`,
    tz: `CAST(${ts} - INTERVAL 330 MINUTE AS TIMESTAMPTZ) AS "timestamp"`,
    ns: `epoch_ms(${ts} - INTERVAL 330 MINUTE) * 1000000 AS timestamp_ns`,
  }[options.timestamp ?? 'naive'];
  // NaN marks "no value" in the typed arrays above; in the file it is NULL.
  const value = (name: string, type: string) =>
    `CAST(CASE WHEN isnan(${name}) THEN NULL ELSE ${name} END AS ${type}) AS ${name}`;
  const select = [
    timestamp,
    'CAST(expiry AS DATE) AS expiry',
    'CAST(opt_type AS VARCHAR) AS opt_type',
    'strike AS strike',
    ...['bp', 'sp'].flatMap((p) => LEVELS.map((i) => value(`${p}${i}`, 'DOUBLE'))),
    ...['bq', 'sq', ...(withOrders ? ['bo', 'so'] : [])].flatMap((p) => LEVELS.map((i) => value(`${p}${i}`, 'BIGINT'))),
    value('spot_price', 'DOUBLE'),
    value('vol_delta', 'BIGINT'),
    ...(withUnderlying ? ['CAST(underlying AS VARCHAR) AS underlying'] : []),
  ].filter(
    (expr) => !(options.omit ?? []).some((name) => expr.endsWith(` AS ${name}`) || expr.endsWith(` AS "${name}"`)),
  );
  await db.query(`COPY (SELECT ${select.join(', ')} FROM tick_rows) TO ${sqlString(path)} (FORMAT PARQUET)`);
}
