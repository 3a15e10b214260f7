import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { writeTickFile } from '../sample/tickRows';
import { at, computePaths, loadPaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

describe('the one-second grid', () => {
  it('has 22,501 rows from 09:15:00 to 15:30:00 inclusive, seeded by a pre-open row', async () => {
    const path = shardPath(dir, 'pre-open.parquet');
    await writeTickFile(db, path, [
      { time: '09:10:00.500', spot: 25800, strike: 25800, bids: [90], asks: [91] },
      { time: '15:30:00.900', spot: 25900 },
      { time: '15:30:01.000', spot: 99999, vol: 7 }, // after the close: ignored
    ]);
    const { features } = await computePaths(db, [path]);
    const time = features.time!;
    expect(time.length).toBe(22_501);
    expect(time[0]).toBe(Date.UTC(2026, 0, 8, 9, 15, 0) / 1000);
    expect(time[22_500]).toBe(Date.UTC(2026, 0, 8, 15, 30, 0) / 1000);
    // the pre-open row seeds the open: observed at 09:10:00, so 300 s old at 09:15:00
    expect(features.spot![0]).toBe(25800);
    expect(features.spot_observed![0]).toBe(0);
    expect(features.spot_age_s![0]).toBe(300);
    expect(features.ce_bid![0]).toBe(90);
    expect(features.ce_age_s![0]).toBe(300);
    expect(features.spot![22_500]).toBe(25900);
    expect(features.spot_observed![22_500]).toBe(1);
    expect(features.volume_all![22_500]).toBe(0);
    expect(Math.max(...features.spot!.filter((v) => !Number.isNaN(v)))).toBe(25900);
  });

  it('keeps the last bid through a gap, unobserved and ageing, never 0', async () => {
    const path = shardPath(dir, 'gap.parquet');
    await writeTickFile(db, path, [
      { time: '09:20:00.100', spot: 25850, bids: [100], asks: [101], vol: 3 },
      { time: '09:20:30.000', spot: 25851, bids: [102], asks: [103] },
    ]);
    const { features: f } = await computePaths(db, [path]);
    // before the first observation every state is NULL (NaN here), never 0
    expect(f.spot![at('09:19:59')]).toBeNaN();
    expect(f.ce_bid![at('09:19:59')]).toBeNaN();
    expect(f.ce_age_s![at('09:19:59')]).toBeNaN();
    expect(f.ce_observed![at('09:19:59')]).toBe(0);
    expect(f.ce_volume![at('09:19:59')]).toBe(0);
    expect(f.ce_volume![at('09:20:00')]).toBe(3);
    expect(f.ce_observed![at('09:20:00')]).toBe(1);
    for (const [time, age] of [
      ['09:20:01', 1],
      ['09:20:10', 10],
      ['09:20:29', 29],
    ] as const) {
      const i = at(time);
      expect([f.ce_bid![i], f.ce_observed![i], f.ce_age_s![i], f.ce_volume![i], f.spot_age_s![i]]).toEqual([
        100,
        0,
        age,
        0,
        age,
      ]);
    }
    expect([f.ce_bid![at('09:20:30')], f.ce_age_s![at('09:20:30')]]).toEqual([102, 0]);
  });

  it('takes the last row whole: an empty level is NULL now, a crossed quote has no mid', async () => {
    const path = shardPath(dir, 'levels.parquet');
    await writeTickFile(db, path, [
      { time: '09:16:00', spot: 25850, bids: [100, 99.9, 99.8], asks: [101, 101.1], bidQtys: [75, 150, 225] },
      { time: '09:16:01', spot: 25850, bids: [0, 99.9, 99.8], asks: [101, 101.1], bidQtys: [75, 150, 225] },
      { time: '09:16:02', spot: 25850, bids: [0], asks: [0] },
      { time: '09:16:03', spot: 25850, bids: [102], asks: [101.5] },
    ]);
    const { features: f, quality } = await computePaths(db, [path]);
    const row = (time: string) =>
      ['ce_bid', 'ce_ask', 'ce_mid', 'ce_spread', 'ce_bid_qty', 'ce_bid_depth5', 'ce_ask_depth5'].map(
        (c) => f[c]![at(time)],
      );
    expect(row('09:16:00')).toEqual([100, 101, 100.5, 1, 75, 450, 150]);
    expect(row('09:16:01')).toEqual([Number.NaN, 101, Number.NaN, Number.NaN, Number.NaN, 375, 150]);
    expect(row('09:16:02')).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 0, 0]);
    expect(row('09:16:03')).toEqual([102, 101.5, Number.NaN, Number.NaN, 75, 75, 75]);
    expect(quality.crossed_quotes).toBe(1);
  });

  it('breaks same-timestamp ties by file path then row number, whatever the listing order', async () => {
    const first = shardPath(dir, 'a.parquet');
    const second = shardPath(dir, 'b.parquet');
    await writeTickFile(db, first, [
      { time: '09:17:00.500', spot: 25801, strike: 25800, bids: [10] },
      { time: '09:17:00.500', spot: 25802, strike: 25800, bids: [11] },
    ]);
    await writeTickFile(db, second, [
      { time: '09:17:00.500', spot: 25803, strike: 25800, bids: [12] },
      { time: '09:17:00.200', spot: 25804, strike: 25800, bids: [13] },
    ]);
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const { features: f } = await computePaths(db, order);
      expect([f.spot![at('09:17:00')], f.ce_bid![at('09:17:00')]]).toEqual([25803, 12]);
    }
  });

  it('rounds the ATM strike half away from zero', async () => {
    const path = shardPath(dir, 'atm.parquet');
    await writeTickFile(db, path, [
      { time: '09:15:00', spot: 25875 },
      { time: '09:15:01', spot: 25874.95 },
      { time: '09:15:02', spot: 25825 },
    ]);
    const { features: f } = await computePaths(db, [path]);
    expect([0, 1, 2].map((i) => f.atm_strike![i])).toEqual([25900, 25850, 25850]);
  });

  it('names a file without strike, and a non-Parquet file, while the rest loads', async () => {
    const good = shardPath(dir, 'good.parquet');
    const noStrike = shardPath(dir, 'no-strike.parquet');
    const text = shardPath(dir, 'notes.parquet');
    await writeTickFile(db, good, [{ time: '09:15:00', spot: 25850 }]);
    await writeTickFile(db, noStrike, [{ time: '09:15:00', spot: 25850 }], { omit: ['strike'] });
    writeFileSync(text, 'not parquet at all');
    const loaded = await loadPaths(db, [good, noStrike, text]);
    expect(loaded.datasets.map((d) => [d.key, d.files])).toEqual([['NIFTY/2026-01-08', [good]]]);
    expect(loaded.problems).toEqual([
      { path: noStrike, reason: "missing required column 'strike'" },
      { path: text, reason: expect.stringMatching(/^not a readable Parquet file \(.+\)$/) },
    ]);
  });
});

describe('data quality', () => {
  it('counts negative volume, crossed quotes and bad prices', async () => {
    const path = shardPath(dir, 'quality.parquet');
    await writeTickFile(db, path, [
      { time: '09:15:00', spot: 25850, vol: -4 },
      { time: '09:15:01', spot: 25850, bids: [101], asks: [100] },
      { time: '09:15:02', spot: 0 },
      { time: '09:15:03', spot: 25850, bids: [-1] },
      { time: '09:15:04', spot: 25850, bids: [0], asks: [0] }, // empty levels: not bad prices
    ]);
    const { quality, features: f } = await computePaths(db, [path]);
    // spot observed in the 5 seconds with rows (a spot of 0 is observed, as no value), 1 s apart
    expect(quality).toEqual({
      row_count: 5,
      negative_volume: 1,
      crossed_quotes: 1,
      nonpositive_prices: 2,
      grid_seconds: 22_501,
      spot_observed_seconds: 5,
      median_spot_interval_s: 1,
    });
    // a spot of 0 is no spot: NULL, never used as 0
    expect([f.spot![1], f.spot![2], f.spot_observed![2], f.ret_1s![3]]).toEqual([25850, Number.NaN, 1, Number.NaN]);
  });
});
