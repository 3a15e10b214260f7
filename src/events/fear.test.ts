// Fear spikes on a day whose ATM IV is set by hand: the IVs the solver found are replaced by a
// planted series and its history (src/stats/ivHistory.ts), then the real SQL runs from iv_seconds on.
import { tableFromArrays } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { DEFAULT_LADDER } from '../ladder/ladder';
import { toRows } from '../pipeline/columns';
import { runQuery } from '../pipeline/runQuery';
import { writeTickFile } from '../sample/tickRows';
import { queries } from '../sql';
import { ivHistory } from '../stats/ivHistory';
import { at, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';
import { buildFear, defaultFearThresholds } from './fear';

let db: Database;
const SECONDS = 22_501;
const T0 = at('10:30:00'); // a 60 s ramp of +0.012 on a still market
const T1 = at('13:00:00'); // the same ramp while spot rises
const T2 = at('14:00:00'); // a 5 s step of +0.008: hard, but shorter than 10 s

function plantedIv(): Float64Array {
  const iv = new Float64Array(SECONDS);
  const ramp = (t: number, from: number) => 0.0002 * Math.min(60, Math.max(0, t - from));
  for (let t = 0; t < SECONDS; t++) {
    iv[t] = 0.15 + ramp(t, T0) + ramp(t, T1) + 0.008 * Number(t >= T2 && t < T2 + 5);
  }
  return iv;
}

async function events() {
  return toRows(
    await db.query(
      "SELECT * EXCLUDE (start_ts, end_ts), strftime(start_ts, '%H:%M:%S') AS start, strftime(end_ts, '%H:%M:%S') AS end FROM fear",
    ),
  );
}

beforeAll(async () => {
  db = await testDatabase();
  const path = shardPath(tempFolder(), 'fear.parquet');
  await writeTickFile(db, path, [
    { time: '09:10:00', spot: 25860, type: 'CE', strike: 25850, bids: [100], asks: [100.5] },
    { time: '09:10:00', spot: 25860, type: 'PE', strike: 25850, bids: [90], asks: [90.5] },
    // the straddle rises by 10 when the first ramp tops out (10:31:02, its IV peak)
    { time: '10:31:02', spot: 25860, type: 'CE', strike: 25850, bids: [110], asks: [110.5] },
    { time: '13:01:00', spot: 25900, type: 'PE', strike: 25850, bids: [90], asks: [90.5] },
  ]);
  await computePaths(db, [path]);
  const iv = plantedIv();
  const history = ivHistory(iv, DEFAULT_LADDER.madFloor);
  await runQuery(db, queries.ivSolved, undefined);
  const solved = {
    second: Int32Array.from(iv, (_, i) => i),
    forward: iv.map(() => 25860),
    atm_iv: iv,
    iv_smooth: history.ivSmooth,
    d_iv_60: history.dIv60,
    iv_z: history.ivZ,
  };
  await db.insertArrow('iv_solved', tableFromArrays(solved), true);
  await runQuery(db, queries.ivSeconds, undefined);
  await buildFear(db, defaultFearThresholds('NIFTY'));
}, 120_000);

describe('fear spikes (spec 10)', () => {
  it('smooths the ATM IV over 5 s and scores its 60 s change against the last half hour', async () => {
    const rows = toRows(
      await db.query(
        "SELECT iv_smooth, d_iv_60, iv_z FROM iv_seconds WHERE ts IN (TIMESTAMP '2026-01-08 10:30:20', TIMESTAMP '2026-01-08 10:31:02') ORDER BY ts",
      ),
    );
    // iv_smooth(t) = iv(t - 2) on a rising ramp; d_iv_60 = 0.0002 * (t - 2 - T0); M = 0, MAD under its floor
    expect(rows[0]?.iv_smooth).toBeCloseTo(0.15 + 0.0002 * 18, 12);
    expect(rows[0]?.d_iv_60).toBeCloseTo(0.0036, 12);
    expect(rows[0]?.iv_z).toBeCloseTo(0.0036 / (1.4826 * 0.001), 9);
    expect(rows[1]?.d_iv_60).toBeCloseTo(0.012, 12);
  });

  it('finds each ramp from its first soft second to its last, and drops the 5 s step', async () => {
    // soft: d_iv_60 >= 2 * 1.4826 * 0.001, from T0 + 17 to T0 + 107; hard (d_iv_60 >= 0.0075) from T0 + 40
    const found = await events();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      event_id: 1,
      kind: 'fear',
      start: '10:30:17',
      end: '10:31:47',
      duration_s: 91,
      iv_before: 0.15,
      spot_move_bps: 0,
      straddle_before: 190.5,
      straddle_peak: 200.5, // at 10:31:02, the first second of the peak, not the start's 190.5
      dte_days: 5,
      dte_bucket: '6+',
      tod_bucket: '10:30',
    });
    expect(found[0]?.iv_peak).toBeCloseTo(0.162, 12);
    expect(found[0]?.d_iv_peak).toBeCloseTo(0.012, 12);
    expect(found[0]?.peak_z).toBeCloseTo(0.012 / 0.0014826, 9);
    // spot rose from 25860 (60 s before the start) to 25900: IV bid on a rising market
    expect(found[1]).toMatchObject({ event_id: 2, kind: 'upside_vol_bid', start: '13:00:17', end: '13:01:47' });
    expect(found[1]?.spot_move_bps).toBeCloseTo(10_000 * (25_900 / 25_860 - 1), 9);
  });

  it('on an expiry day, finds nothing from the late cut-off (15:00 by default) on', async () => {
    const late = defaultFearThresholds('NIFTY');
    await db.query("UPDATE market_state SET dte_days = 0 WHERE ts >= TIMESTAMP '2026-01-08 13:00:00'");
    await buildFear(db, { ...late, lateFrom: '13:00:30' });
    // the second ramp's soft seconds before 13:00:30 hold no hard one
    expect((await events()).map((e) => e.start)).toEqual(['10:30:17']);
    await db.query('UPDATE market_state SET dte_days = 5');
  });
});
