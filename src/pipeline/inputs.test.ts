import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { at, computePaths, defaultOptions, loadPaths, session, shardPath, tempFolder, testDatabase } from '../test/kit';
import { inspectFiles } from './load';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

describe('inputs', () => {
  it('picks the front expiry and gives the day before expiry dte 1, bucket 2', async () => {
    const path = shardPath(dir, 'dte.parquet', 'NIFTY', '2026-01-12');
    const day = { date: '2026-01-12', spot: 25850 };
    await writeTickFile(db, path, [
      { ...day, time: '09:15:00', expiry: '2026-01-06' }, // expired: never the front
      { ...day, time: '09:15:00', expiry: '2026-01-20' },
      { ...day, time: '09:15:01', expiry: '2026-01-13' },
    ]);
    const { info, features } = await computePaths(db, [path]);
    expect([info.expiry, info.dteDays, info.dteBucket, info.strikeStep]).toEqual(['2026-01-13', 1, '2', 50]);
    expect(features.time!.length).toBe(22_501);
  });

  it('infers the strike step of an unknown underlying from the front expiry, ties to the smaller gap', async () => {
    const rows = (strikes: number[], expiry: string): TickRow[] =>
      strikes.map((strike) => ({ time: '09:15:00', spot: 1000, strike, expiry }));
    const mostly20 = shardPath(dir, 'steps.parquet', 'XYZ');
    await writeTickFile(db, mostly20, [
      ...rows([100, 110, 120, 140, 160, 180], '2026-01-13'),
      ...rows([105, 115], '2026-01-20'), // a later expiry's strikes do not count
    ]);
    expect((await computePaths(db, [mostly20])).info.strikeStep).toBe(20);

    const tie = shardPath(dir, 'tie.parquet', 'ABC');
    await writeTickFile(db, tie, rows([100, 125, 150, 160, 170], '2026-01-13'));
    expect((await computePaths(db, [tie])).info.strikeStep).toBe(10);
  });

  it('reads opt_type in any spelling', async () => {
    const path = shardPath(dir, 'types.parquet');
    await writeTickFile(db, path, [
      { time: '09:15:00', spot: 25850, type: 'call', bids: [101] },
      { time: '09:15:00', spot: 25850, type: 'p', bids: [99] },
      { time: '09:15:01', spot: 25850, type: 'Pe ', bids: [98] },
      { time: '09:15:02', spot: 25850, type: 'C', bids: [102] },
      { time: '09:15:03', spot: 25850, type: 'PUT', bids: [97] },
    ]);
    const { features: f } = await computePaths(db, [path]);
    expect([0, 1, 2, 3].map((i) => [f.ce_bid![i], f.pe_bid![i]])).toEqual([
      [101, 99],
      [101, 98],
      [102, 98],
      [102, 97],
    ]);
  });

  it('shifts a time-zone-aware timestamp, and timestamp_ns, by +05:30 to IST', async () => {
    const rows: TickRow[] = [
      { time: '09:15:00.250', spot: 25850 },
      { time: '10:00:00', spot: 25860 },
    ];
    for (const timestamp of ['tz', 'ns'] as const) {
      const path = shardPath(dir, `${timestamp}.parquet`);
      // written as the UTC instants 03:45:00.250 and 04:30:00
      await writeTickFile(db, path, rows, { timestamp });
      const { features: f } = await computePaths(db, [path]);
      expect([f.spot![0], f.spot_observed![0], f.spot![at('10:00:00')], f.spot_observed![at('10:00:00')]]).toEqual([
        25850, 1, 25860, 1,
      ]);
      expect(f.spot_observed![at('09:59:59')]).toBe(0);
    }
  });

  it('reads every shard: spot and volume come from all of them', async () => {
    const shards = [0, 1, 2].map((i) => shardPath(dir, `part-${i}.parquet`, 'BANKNIFTY'));
    await writeTickFile(db, shards[0]!, [{ time: '09:15:00', spot: 59000, strike: 59000, vol: 10 }]);
    await writeTickFile(db, shards[1]!, [
      { time: '09:15:00.5', spot: 59001, strike: 59000, type: 'PE', vol: 5 },
      { time: '11:00:00', spot: 59100, strike: 59100, vol: 1 },
    ]);
    await writeTickFile(db, shards[2]!, [{ time: '14:00:00', spot: 59200, strike: 59200, type: 'PE', vol: 2 }]);
    const loaded = await loadPaths(db, shards);
    expect(loaded.datasets.map((d) => [d.key, d.files.length])).toEqual([['BANKNIFTY/2026-01-08', 3]]);
    expect(shards.map((path) => loaded.files.get(path)?.datasets.map((d) => [d.rowCount, d.inSession]))).toEqual([
      [[1, true]],
      [[2, true]],
      [[1, true]],
    ]);
    const { features: f, info } = await computePaths(db, shards);
    expect(info.strikeStep).toBe(100);
    expect([f.spot![0], f.volume_all![0], f.ce_volume![0], f.pe_volume![0]]).toEqual([59001, 15, 10, 5]);
    expect([f.spot![at('11:00:00')], f.ce_bid![at('11:00:00')], f.spot![at('14:00:00')]]).toEqual([59100, 100, 59200]);
    expect([f.pe_bid![at('14:00:00')], f.ce_bid![at('14:00:00')]]).toEqual([100, Number.NaN]);
  });

  it('takes the underlying from a column, a date folder, or a file-name token', async () => {
    const column = shardPath(dir, 'mixed.parquet', 'misc');
    await writeTickFile(db, column, [
      { time: '09:15:00', spot: 25850, underlying: 'NIFTY' },
      { time: '09:15:00', spot: 59000, underlying: 'BANKNIFTY', date: '2026-01-09' },
    ]);
    const loose = `${dir}/FINNIFTY_2026-01-08.parquet`;
    await writeTickFile(db, loose, [{ time: '09:15:00', spot: 27000 }]);
    const loaded = await loadPaths(db, [column, loose]);
    expect(loaded.datasets.map((d) => d.key)).toEqual([
      'BANKNIFTY/2026-01-09',
      'FINNIFTY/2026-01-08',
      'NIFTY/2026-01-08',
    ]);
  });

  it('asks for the underlying when nothing names it, and uses the name given', async () => {
    const unnamed = `${dir}/part-0.parquet`;
    await writeTickFile(db, unnamed, [{ time: '09:15:00', spot: 25850 }]);
    const asked = await loadPaths(db, [unnamed]);
    expect(asked.problems).toEqual([
      { path: unnamed, reason: 'cannot tell the underlying: no underlying/symbol column, and the path names none' },
    ]);
    const named = await inspectFiles(db, [{ path: unnamed, underlying: 'NIFTY' }], session, asked);
    expect([named.problems, named.datasets.map((d) => d.key)]).toEqual([[], ['NIFTY/2026-01-08']]);
  });

  it('uses a strike step the user set for the ATM strike and its options', async () => {
    const path = shardPath(dir, 'user-step.parquet');
    await writeTickFile(db, path, [
      { time: '09:15:00', spot: 25850, strike: 25900, bids: [120] },
      { time: '09:15:00', spot: 25850, strike: 25850, bids: [99] },
    ]);
    const withStep = await computePaths(db, [path], undefined, { ...defaultOptions, strikeStep: 100 });
    // 25850 / 100 = 258.5 rounds away from zero: ATM 25900
    expect([withStep.info.strikeStep, withStep.features.atm_strike![0], withStep.features.ce_bid![0]]).toEqual([
      100, 25900, 120,
    ]);
    const known = await computePaths(db, [path]);
    expect([known.info.strikeStep, known.features.atm_strike![0], known.features.ce_bid![0]]).toEqual([50, 25850, 99]);
  });
});
