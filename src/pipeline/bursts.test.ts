// A flat tape with ramps of five equal log returns r. With m nonzero returns in the last 10
// seconds and M in the last 120, rv_ratio = sqrt(12 m / M) (rv_120 is above the floor), so for
// a ramp starting at grid row a: rows a..a+9 have 3.464 (hard), a+10 3.098 and a+11 2.683 (hard),
// a+12 2.191 and a+13 1.549 (soft only), a+14 0. The burst is exactly [a, a+13], 14 s.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { computeBursts, recomputeBursts } from '../pipeline/compute';
import { defaultThresholds } from '../pipeline/market';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

const OPEN = Date.UTC(2026, 0, 8, 9, 15, 0) / 1000;
const A = 1000; // 09:31:40, ramp up by r = 1e-3
const B = 1150; // 09:34:10, ramp down by r = 1e-3: 137 s after the first burst ends
const C = 2000; // 09:48:20, ramp up by 6e-5: soft, but never the 4e-4 move a hard second needs
const S0 = 25000;

function logSpot(i: number): number {
  const steps = (start: number) => Math.max(0, Math.min(5, i - start + 1));
  return 1e-3 * steps(A) - 1e-3 * steps(B) + 6e-5 * steps(C);
}
const spotAt = (i: number) => S0 * Math.exp(logSpot(i));
const time = (i: number) => new Date((OPEN + i) * 1000).toISOString().slice(11, 19);

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
  const rows: TickRow[] = [];
  for (let i = 0; i <= 2200; i++) rows.push({ time: time(i), spot: spotAt(i), strike: 25000 });
  const path = shardPath(tempFolder(), 'ramps.parquet');
  await writeTickFile(db, path, rows);
  await computePaths(db, [path]);
});

const nifty = defaultThresholds('NIFTY');

describe('bursts', () => {
  it('finds each ramp with its exact start, end and figures', async () => {
    const { bursts, features: f } = await computeBursts(db, nifty);
    expect(bursts.map((b) => [b.burst_id, b.start_time, b.end_time, b.duration_s, b.direction, b.tod_bucket])).toEqual([
      [1, OPEN + A, OPEN + A + 13, 14, 'up', '09:30'],
      [2, OPEN + B, OPEN + B + 13, 14, 'down', '09:30'],
    ]);
    const first = bursts[0]!;
    expect(first.spot_before).toBe(S0);
    expect(first.spot_end).toBeCloseTo(S0 * Math.exp(0.005), 9);
    expect(first.move_pts).toBeCloseTo(S0 * (Math.exp(0.005) - 1), 9);
    expect(first.move_bps).toBeCloseTo(1e4 * (Math.exp(0.005) - 1), 9);
    expect(first.peak_rv_ratio).toBeCloseTo(Math.sqrt(12), 9);
    expect(first.peak_rv_10).toBeCloseTo(1e-3 * Math.sqrt(0.5), 12);
    expect(first.straddle_before).toBeNull();

    expect([A - 1, A, A + 13, A + 14, B + 5].map((i) => f.burst_id![i])).toEqual([Number.NaN, 1, 1, Number.NaN, 2]);
    expect(f.rv_ratio![A + 10]).toBeCloseTo(Math.sqrt(48 / 5), 9);
    expect(f.rv_ratio![A + 13]).toBeCloseTo(Math.sqrt(12 / 5), 9);
    expect(f.rv_10![A + 4]).toBeCloseTo(1e-3 * Math.sqrt(0.5), 12);
    expect(f.rv_120![A + 4]).toBeCloseTo(1e-3 * Math.sqrt(5 / 120), 12);
    expect(f.ret_1s![A]).toBeCloseTo(1e-3, 12);
    const vel = (S0 * (Math.exp(0.005) - 1)) / 10;
    expect(f.vel_10![A + 9]).toBeCloseTo(vel, 9);
    expect(f.accel_10![A + 9]).toBeCloseTo(vel / 10, 9);
    expect([f.rv_10![8], f.rv_10![9], f.rv_10![10], f.rv_120![119], f.rv_120![120]]).toEqual([
      Number.NaN,
      Number.NaN,
      0,
      Number.NaN,
      0,
    ]);
  });

  it('merges two bursts when at most merge_gap_s seconds lie between them', async () => {
    // 136 seconds lie strictly between the bursts (B - (A + 13) = 137)
    const merged = await computeBursts(db, { ...nifty, mergeGapS: 136 });
    expect(merged.bursts.map((b) => [b.start_time, b.end_time, b.duration_s, b.peak_rv_ratio])).toEqual([
      [OPEN + A, OPEN + B + 13, 164, expect.closeTo(Math.sqrt(12), 9)],
    ]);
    expect(merged.bursts[0]!.move_pts).toBeCloseTo(0, 6);
    const apart = await computeBursts(db, { ...nifty, mergeGapS: 135 });
    expect(apart.bursts.length).toBe(2);
  });

  it('drops bursts shorter than min_duration_s', async () => {
    expect((await computeBursts(db, { ...nifty, minDurationS: 14 })).bursts.length).toBe(2);
    expect((await computeBursts(db, { ...nifty, minDurationS: 15 })).bursts.length).toBe(0);
  });

  it('ignores a soft run without a hard second, until min_move lets it be hard', async () => {
    const { bursts } = await computeBursts(db, nifty);
    expect(bursts.some((b) => (b.start_time as number) >= OPEN + C)).toBe(false);
    // rv_120 is under the floor here, so rv_ratio = rv_10 / 1.5e-5 = 6e-5 sqrt(m / 10) / 1.5e-5:
    // 1.26 at C (not soft), 1.79 at C+1 (soft); the run starts at C+1.
    const lower = await computeBursts(db, { ...nifty, minMove: 2e-4 });
    expect(lower.bursts.map((b) => b.start_time)).toContain(OPEN + C + 1);
  });

  it('after a threshold change, reads back the same columns a full read gives', async () => {
    const before = await computeBursts(db, nifty);
    const changed = { ...nifty, mergeGapS: 136 };
    const partial = await recomputeBursts(db, changed, before, '2026-01-08 15:30:00');
    const full = await computeBursts(db, changed);
    expect(partial.bursts).toEqual(full.bursts);
    expect(partial.features).toEqual(full.features);
    expect(partial.features.burst_id![B]).toBe(1);
  });

  it('counts the seconds of a burst with spot observed: every one on a live tape, one on a polled tape', async () => {
    const live = await computeBursts(db, nifty);
    expect(live.bursts.map((b) => [b.duration_s, b.spot_observed_s])).toEqual([
      [14, 14],
      [14, 14],
    ]);
    // one poll a minute, and a jump of 0.4% at the 10:00 poll: ret_1s is ln(1.004) at 10:00:00 and
    // 0 elsewhere, so rv_ratio is sqrt(120 / 10) = 3.46 (hard) for 10 s, then 0: a 10 s burst
    // whose spot is observed in 1 second of them, "sparse"
    const rows: TickRow[] = [];
    for (let minute = 0; minute <= 75; minute++) {
      const i = minute * 60;
      rows.push({ time: time(i), spot: i >= 45 * 60 ? 25100 : 25000, strike: 25000 });
    }
    const path = shardPath(tempFolder(), 'polled.parquet');
    await writeTickFile(db, path, rows);
    const polled = await computePaths(db, [path]);
    expect(polled.bursts.map((b) => [b.start_time, b.duration_s, b.spot_observed_s])).toEqual([
      [OPEN + 45 * 60, 10, 1],
    ]);
  });
});
