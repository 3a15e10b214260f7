// Inputs that real files have and hand-made tests rarely do.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, sqlString } from '../db/database';
import { writeTickFile } from '../sample/tickRows';
import { at, computePaths, loadPaths, shardPath, tempFolder, testDatabase } from '../test/kit';
import { compareText } from './datasets';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

/** A one-row-per-SELECT file written with SQL, for values writeTickFile cannot express. */
async function sqlFile(path: string, rows: string[]): Promise<void> {
  await db.query(`COPY (${rows.join(' UNION ALL ')}) TO ${sqlString(path)} (FORMAT PARQUET)`);
}
const row = (time: string, over: Record<string, string> = {}) => {
  const columns: Record<string, string> = {
    timestamp: `TIMESTAMP '2026-01-08 ${time}'`,
    expiry: "DATE '2026-01-13'",
    opt_type: "'CE'",
    strike: '25850.0',
    bp0: '100.0',
    sp0: '101.0',
    bq0: '75.0',
    sq0: '75.0',
    spot_price: '25850.0',
    vol_delta: '1.0',
    ...over,
  };
  return `SELECT ${Object.entries(columns)
    .map(([name, value]) => `${value} AS ${name}`)
    .join(', ')}`;
};

describe('edge cases', () => {
  it('takes the last row of a second whole, NULL fields included', async () => {
    const path = shardPath(dir, 'whole.parquet');
    await writeTickFile(db, path, [
      { time: '09:16:00.100', spot: 25850, bids: [100], asks: [101] },
      { time: '09:16:00.600', spot: 25850, bids: [0, 99], asks: [101], bidQtys: [10, 20] },
      { time: '09:17:00.100', spot: 25850 },
      { time: '09:17:00.600', spot: null },
    ]);
    const { features: f } = await computePaths(db, [path]);
    const i = at('09:16:00');
    expect([f.ce_bid![i], f.ce_ask![i], f.ce_mid![i], f.ce_bid_qty![i], f.ce_bid_depth5![i]]).toEqual([
      Number.NaN,
      101,
      Number.NaN,
      Number.NaN,
      20,
    ]);
    // a NULL spot in the last row is NULL now (and so is the ATM strike), not the older spot
    expect([f.spot![at('09:17:00')], f.atm_strike![at('09:17:00')], f.spot_observed![at('09:17:00')]]).toEqual([
      Number.NaN,
      Number.NaN,
      1,
    ]);
  });

  it('breaks a same-timestamp tie inside one file by row number, late in the second', async () => {
    const path = shardPath(dir, 'dupes.parquet');
    // .999999: the largest microsecond part, where a key compared as a double loses the row number
    await writeTickFile(db, path, [
      { time: '09:16:00.999999', spot: 25850, bids: [100], bidQtys: [1725] },
      { time: '09:16:00.999999', spot: 25851, bids: [100], bidQtys: [1800] },
      { time: '09:16:00.999999', spot: 25852, bids: [100], bidQtys: [1875] },
    ]);
    const { features: f } = await computePaths(db, [path]);
    expect([f.spot![at('09:16:00')], f.ce_bid_qty![at('09:16:00')]]).toEqual([25852, 1875]);
  });

  it('treats NaN and infinite numbers as no value, and the dataset still computes', async () => {
    const path = shardPath(dir, 'nan.parquet');
    await sqlFile(path, [
      row('09:15:00'),
      row('09:15:01', { spot_price: "'NaN'::DOUBLE", vol_delta: "'NaN'::DOUBLE" }),
      row('09:15:02', { bp0: "'NaN'::DOUBLE", vol_delta: "'Infinity'::DOUBLE" }),
      row('09:15:03', { strike: "'NaN'::DOUBLE" }),
      row('09:15:04', { sp0: "'-Infinity'::DOUBLE", bq0: "'NaN'::DOUBLE" }),
    ]);
    const { features: f } = await computePaths(db, [path]);
    expect([f.spot![1], f.volume_all![1], f.spot_observed![1]]).toEqual([Number.NaN, 0, 1]);
    // an empty (NaN) bid level: no bid, no depth
    expect([f.spot![2], f.ce_bid![2], f.ce_ask![2], f.ce_bid_depth5![2], f.ce_volume![2]]).toEqual([
      25850,
      Number.NaN,
      101,
      0,
      0,
    ]);
    expect([f.ce_observed![3], f.ce_age_s![3], f.spot_observed![3]]).toEqual([0, 1, 1]); // a NaN strike is no instrument
    expect([f.ce_bid![4], f.ce_ask![4], f.ce_bid_qty![4], f.ce_bid_depth5![4], f.ce_ask_depth5![4]]).toEqual([
      100,
      Number.NaN,
      Number.NaN,
      0,
      0,
    ]);
  });

  it('computes a day whose only option quotes are at or before the open', async () => {
    const path = shardPath(dir, 'open-only.parquet');
    await writeTickFile(db, path, [{ time: '09:15:00', spot: 25850, bids: [100] }]);
    const { features: f } = await computePaths(db, [path]);
    expect([f.ce_bid![0], f.ce_bid![22_500], f.ce_age_s![22_500], f.spot![22_500]]).toEqual([100, 100, 22_500, 25850]);
  });

  it("reads a file's pre-open rows for a day whose session rows are in another file", async () => {
    const both = shardPath(dir, 'span-x.parquet');
    const next = shardPath(dir, 'span-y.parquet');
    await writeTickFile(db, both, [
      { time: '09:20:00', spot: 25850 },
      { date: '2026-01-09', time: '09:10:00', spot: 26000, strike: 26000, bids: [55], expiry: '2026-01-13' },
    ]);
    await writeTickFile(db, next, [{ date: '2026-01-09', time: '09:30:00', spot: 26010, strike: 26000 }]);
    const loaded = await loadPaths(db, [both, next]);
    expect(loaded.datasets.map((d) => [d.key, d.files])).toEqual([
      ['NIFTY/2026-01-08', [both]],
      ['NIFTY/2026-01-09', [both, next]],
    ]);
    const { features: f } = await computePaths(db, [both, next], 'NIFTY/2026-01-09');
    expect([f.spot![0], f.spot_age_s![0], f.atm_strike![0], f.ce_bid![0]]).toEqual([26000, 300, 26000, 55]);
  });

  it('names a shard with only pre-open rows when no file has session rows of its day', async () => {
    const early = shardPath(dir, 'early.parquet');
    await writeTickFile(db, early, [{ time: '09:00:00', spot: 25850 }]);
    expect((await loadPaths(db, [early])).problems).toEqual([
      {
        path: early,
        reason:
          'no rows in the session 09:15:00-15:30:00 IST: its rows before the open belong to a day that no file has session rows of',
      },
    ]);
  });

  it('takes the IST date of a time-zone-aware expiry', async () => {
    const path = shardPath(dir, 'tz-expiry.parquet');
    // 2026-01-13 00:00 IST is 2026-01-12 18:30 UTC
    await sqlFile(path, [row('09:15:00', { expiry: "CAST(TIMESTAMP '2026-01-12 18:30:00' AS TIMESTAMPTZ)" })]);
    const { info } = await computePaths(db, [path]);
    expect([info.expiry, info.dteDays, info.dteBucket]).toEqual(['2026-01-13', 5, '6+']);
  });

  it('orders file paths as DuckDB orders text, by code point', () => {
    expect(['b', '😀', '～', 'a'].sort(compareText)).toEqual(['a', 'b', '～', '😀']);
    expect(['ab', 'a', 'aa'].sort(compareText)).toEqual(['a', 'aa', 'ab']);
  });
});
