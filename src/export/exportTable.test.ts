import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { computeBursts } from '../pipeline/compute';
import { defaultThresholds } from '../pipeline/market';
import { writeTickFile } from '../sample/tickRows';
import { computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';
import { exportFileName, writeExport } from './exportTable';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
  const path = shardPath(dir, 'export.parquet');
  await writeTickFile(db, path, [
    { time: '09:15:00.400', spot: 25850, bids: [100.05], asks: [100.1], vol: 3 },
    { time: '09:15:01.000', spot: 25851.1 },
  ]);
  const { info } = await computePaths(db, [path]);
  expect(exportFileName('features', 'csv', info)).toBe('features_NIFTY_2026-01-08.csv');
});

describe('exports', () => {
  it('writes the features CSV in the spec format: header, timestamps, booleans, NULL as empty', async () => {
    const out = join(dir, 'features.csv');
    await writeExport(db, 'features', 'csv', out);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(22_502);
    expect(lines[0]!.split(',').slice(0, 5)).toEqual(['underlying', 'trade_date', 'ts', 'spot', 'spot_observed']);
    const first = lines[1]!.split(',');
    expect(first.slice(0, 7)).toEqual(['NIFTY', '2026-01-08', '2026-01-08 09:15:00', '25850.0', 'true', '0', '']);
    // full round-trip precision: the same digits JavaScript gives for the same doubles
    expect(first.slice(18, 22)).toEqual(['100.05', '100.1', String((100.05 + 100.1) / 2), String(100.1 - 100.05)]);
    expect(first[26]).toBe('3'); // ce_volume
    expect(first[lines[0]!.split(',').indexOf('volume_all')]).toBe('3');
    // spec 8-12's columns follow volume_all, in the spec's order
    expect(lines[0]!.split(',').slice(40)).toEqual([
      'volume_all',
      ...['rv_60', 'rv_300', 'er_star_300', 'range_z_300', 'vr_600', 'chop_second', 'chop_id', 'forward', 'atm_iv'],
      ...['iv_smooth', 'd_iv_60', 'iv_z', 'fear_id', 'regime', 'regime_in'],
    ]);
    expect(first.slice(-2)).toEqual(['warmup', 'warmup']); // regime and regime_in at the open
    const second = lines[2]!.split(',');
    expect([second[2], second[3], second[4]]).toEqual(['2026-01-08 09:15:01', '25851.1', 'true']);
    expect(Number(second[6])).toBe(Math.log(25851.1 / 25850)); // ret_1s, round-trip exact
    expect(lines[3]!.split(',').slice(3, 6)).toEqual(['25851.1', 'false', '1']);
  });

  it('writes the bursts file with its header when there are no bursts', async () => {
    await computeBursts(db, defaultThresholds('NIFTY'));
    const out = join(dir, 'bursts.csv');
    await writeExport(db, 'bursts', 'csv', out);
    expect(readFileSync(out, 'utf8').trimEnd()).toBe(
      'underlying,trade_date,burst_id,start_ts,end_ts,duration_s,direction,spot_before,spot_end,move_pts,move_bps,' +
        'peak_rv_ratio,peak_rv_10,atm_strike_start,straddle_before,straddle_end,dte_days,dte_bucket,tod_bucket,' +
        'spot_observed_s,trade_score,vacuum_score,driver',
    );
  });

  it('writes Parquet the engine reads back with the same rows', async () => {
    const out = join(dir, 'features.parquet');
    await writeExport(db, 'features', 'parquet', out);
    const table = await db.query(
      `SELECT count(*)::INTEGER AS n, count(ce_bid)::INTEGER AS bids FROM read_parquet('${out}')`,
    );
    expect(table.toArray().map((r) => r.toJSON())).toEqual([{ n: 22_501, bids: 22_501 }]);
  });
});
