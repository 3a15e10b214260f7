// Generated columns -> Parquet shards in the input schema, written by the engine. Real days
// arrive split in different ways; each layout here is one of them.
import { tableFromArrays } from 'apache-arrow';
import { type Database, sqlString } from '../db/database';
import type { TickColumns } from './generate';

export type ShardLayout = 'by-expiry-and-type' | 'by-strike' | 'by-time' | 'round-robin';

/** The shard of each row under a layout (rows are in the generator's expiry, type, strike order). */
function shardOf(columns: TickColumns, layout: ShardLayout, n: number): Uint8Array {
  const shard = new Uint8Array(columns.length);
  const strikes = [...new Set(columns.strike)].sort((a, b) => a - b);
  const strikeRank = new Map(strikes.map((strike, rank) => [strike, rank]));
  const frontExpiry = columns.expiryDay.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const first = columns.timestampMs.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const span = columns.timestampMs.reduce((a, b) => Math.max(a, b), 0) - first + 1;
  for (let i = 0; i < columns.length; i++) {
    shard[i] = {
      // (front, later) x (CE, PE), each cut into n / 4 strike ranges
      'by-expiry-and-type':
        (((columns.expiryDay[i] ?? 0) > frontExpiry ? 2 : 0) + (columns.optType[i] ?? 0)) * (n / 4) +
        Math.floor(((strikeRank.get(columns.strike[i] ?? 0) ?? 0) * (n / 4)) / strikes.length),
      'by-strike': Math.floor(((strikeRank.get(columns.strike[i] ?? 0) ?? 0) * n) / strikes.length),
      'by-time': Math.floor((((columns.timestampMs[i] ?? 0) - first) * n) / span),
      'round-robin': i % n,
    }[layout];
  }
  return shard;
}

const LEVELS = [0, 1, 2, 3, 4];

/** The rows of one shard, as Arrow-ready columns (typed arrays gathered by index). */
function shardColumns(columns: TickColumns, rows: Int32Array) {
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(array: T): T => {
    const out = new (array.constructor as new (n: number) => T)(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = array[rows[i] ?? 0] ?? 0;
    return out;
  };
  const levels = (name: string, arrays: (Float64Array | Int32Array)[]) =>
    Object.fromEntries(arrays.map((array, i) => [`${name}${i}`, pick(array)]));
  return {
    ts_ms: pick(columns.timestampMs),
    expiry_day: pick(columns.expiryDay),
    opt: pick(columns.optType),
    strike: pick(columns.strike),
    ...levels('bp', columns.bidPrice),
    ...levels('sp', columns.askPrice),
    ...levels('bq', columns.bidQty),
    ...levels('sq', columns.askQty),
    ...levels('bo', columns.bidOrders),
    ...levels('so', columns.askOrders),
    spot_price: pick(columns.spotPrice),
    vol_delta: pick(columns.volDelta),
  };
}

const SELECT = [
  'make_timestamp(CAST(round(ts_ms * 1000) AS BIGINT)) AS "timestamp"',
  "DATE '1970-01-01' + expiry_day AS expiry",
  "CASE opt WHEN 0 THEN 'CE' ELSE 'PE' END AS opt_type",
  'strike',
  ...['bp', 'sp'].flatMap((p) => LEVELS.map((i) => `${p}${i}`)),
  ...['bq', 'sq', 'bo', 'so'].flatMap((p) => LEVELS.map((i) => `${p}${i}`)),
  'spot_price',
  'vol_delta',
].join(', ');

/**
 * Writes `columns` as `paths.length` shards, one at a time so that only one shard's rows are
 * in the engine at once; rows keep the generator's order. Returns the paths.
 */
export async function writeShards(
  db: Database,
  columns: TickColumns,
  layout: ShardLayout,
  paths: string[],
): Promise<string[]> {
  const shard = shardOf(columns, layout, paths.length);
  for (const [i, path] of paths.entries()) {
    const rows = Int32Array.from(
      { length: shard.reduce((n, s) => n + (s === i ? 1 : 0), 0) },
      function (this: { at: number }) {
        while (shard[this.at] !== i) this.at++;
        return this.at++;
      },
      { at: 0 },
    );
    await db.insertArrow('sample_shard', tableFromArrays(shardColumns(columns, rows)));
    await db.prepareOutput(path);
    await db.query(`COPY (SELECT ${SELECT} FROM sample_shard) TO ${sqlString(path)} (FORMAT PARQUET)`);
    await db.query('DROP TABLE sample_shard');
  }
  return paths;
}
