import { describe, expect, it } from 'vitest';
import {
  BOOTSTRAP_SEED,
  bootstrapInterval,
  cellSeed,
  fnv1a32,
  kaplanMeierMedian,
  median,
  mulberry32,
  quantileOfCounts,
  quantileSorted,
} from './resample';

const event = (time: number) => ({ time, censored: false });
const censored = (time: number) => ({ time, censored: true });

describe('medians and quantiles', () => {
  it('interpolate between neighbours, as DuckDB quantile_cont does', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(quantileSorted([0, 10], 0.025)).toBeCloseTo(0.25, 14);
  });
  it('of a histogram equal those of its values spelled out', () => {
    expect(
      quantileOfCounts(
        [
          [4, 2],
          [2, 3],
          [3, 1],
          [9, 0],
        ],
        0.5,
      ),
    ).toBe(2.5);
    expect(quantileOfCounts([], 0.5)).toBeNull();
    const next = mulberry32(11);
    for (let trial = 0; trial < 200; trial++) {
      const counts: [number, number][] = Array.from({ length: 1 + (next() % 6) }, () => [next() % 9, next() % 4]);
      const values = Float64Array.from(counts.flatMap(([v, n]) => Array<number>(n).fill(v))).sort();
      for (const p of [0.025, 0.5, 0.75, 0.975]) expect(quantileOfCounts(counts, p)).toBe(quantileSorted(values, p));
    }
  });
});

describe('Kaplan-Meier median', () => {
  it('is the first time S(t) falls to a half or below', () => {
    // 7 at risk: S(2) = 6/7; at 3 the event counts before the censoring, S(3) = 6/7 x 5/6 = 5/7;
    // at 5 four are at risk and two recover: S(5) = 5/7 x 2/4 = 5/14
    const times = [event(2), event(3), censored(3), event(5), event(5), censored(8), event(9)];
    expect(kaplanMeierMedian(times)).toBe(5);
  });

  it('counts outcomes before censorings at a shared time', () => {
    // S(1) = 4/5. At 2, outcomes first: 4 at risk, S = 4/5 x 3/4 = 0.6; then one left: S(3) = 0.
    // Censorings first would leave 2 at risk at 2 and give S(2) = 0.4, a median of 2.
    const times = [event(1), event(2), censored(2), censored(2), event(3)];
    expect(kaplanMeierMedian(times)).toBe(3);
  });

  it('takes an exact half, which floating point puts a hair above 0.5', () => {
    // 10 at risk, outcomes 1 at t = 1, 2 at 2, 2 at 3: S(3) = 9/10 x 7/9 x 5/7 = 1/2, which the
    // products in doubles give as 0.5000000000000001
    expect((1 - 1 / 10) * (1 - 2 / 9) * (1 - 2 / 7)).toBeGreaterThan(0.5);
    const half = [1, 2, 2, 3, 3].map(event).concat(Array.from({ length: 5 }, () => censored(9)));
    expect(kaplanMeierMedian(half)).toBe(3);
    expect(kaplanMeierMedian([event(1), censored(5)])).toBe(1);
  });

  it('is null when S stays above a half, and for no observation', () => {
    expect(kaplanMeierMedian([event(1), censored(5), censored(6)])).toBeNull();
    expect(kaplanMeierMedian([])).toBeNull();
  });
});

describe('the seeded bootstrap', () => {
  it('draws from the spec reference mulberry32 and FNV-1a', () => {
    // FNV-1a test vectors (Fowler, Noll, Vo: the FNV reference page's test suite)
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // mulberry32 written again in Python with arbitrary-precision integers (mod 2^32)
    const next = mulberry32(BOOTSTRAP_SEED);
    expect([next(), next(), next()]).toEqual([2167870494, 1688439975, 2014919532]);
    expect(cellSeed(['NIFTY', '0', '09:15', 'all'], 'move_bps_median')).toBe(1514794670);
  });

  // twelve days, three without values; the reference is the spec's procedure written again in
  // Python (numpy.median, numpy.quantile with its default linear interpolation)
  const days = Array.from({ length: 12 }, (_, i) => Array.from({ length: i % 4 }, (_, j) => ((i * 7) % 11) + j / 8));

  it('gives what an independent implementation gives, and again for the same seed', () => {
    const seed = cellSeed(['NIFTY', '0', '09:15', 'all'], 'move_bps_median');
    const interval = bootstrapInterval(days, median, seed);
    expect(interval).toEqual({ lo: 1.125, hi: 9.125 });
    expect(bootstrapInterval(days, median, seed)).toEqual(interval);
  });

  it('changes with the seed', () => {
    const interval = bootstrapInterval(days, median, cellSeed(['NIFTY', '0', '09:15', 'all'], 'move_bps_median', 7));
    expect(interval?.lo).toBeCloseTo(1.9906250000000005, 12);
    expect(interval?.hi).toBe(9.125);
  });

  it('is null when no resample has a value', () => {
    expect(bootstrapInterval([[], []], median, 1)).toBeNull();
  });
});
