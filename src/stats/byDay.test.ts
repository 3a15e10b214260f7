// The weighted pass over days gives what pooling the drawn days' values gives (resample.ts, the
// spec's reference), on random days: medians, histograms, Kaplan-Meier, and their bootstrap.
import { describe, expect, it } from 'vitest';
import {
  bootstrapDays,
  dayCounts,
  daySurvivals,
  dayValues,
  weightedCount,
  weightedKaplanMeierMedian,
  weightedQuantile,
} from './byDay';
import {
  bootstrapInterval,
  kaplanMeierMedian,
  median,
  mulberry32,
  quantileOfCounts,
  quantileSorted,
  type Survival,
} from './resample';

const next = mulberry32(2024);
const int = (n: number) => next() % n;
/** Some days without values, ties within and across days. */
const randomDays = <T>(make: () => T): T[][] =>
  Array.from({ length: 2 + int(9) }, () => Array.from({ length: int(3) === 0 ? 0 : int(12) }, make));

describe('statistics over days, weighted by draws', () => {
  it('equal the pooled statistics, each day repeated as often as drawn', () => {
    const pool = <T>(days: T[][], weights: Int32Array) =>
      days.flatMap((day, j) => Array.from({ length: weights[j] as number }, () => day).flat());
    for (let trial = 0; trial < 300; trial++) {
      const values = randomDays(() => int(40) / 4);
      const weights = Int32Array.from(values, () => int(3));
      const pooled = Float64Array.from(pool(values, weights)).sort();
      const v = dayValues(values);
      expect(weightedCount(v, weights)).toBe(pooled.length);
      for (const p of [0.5, 0.75, 0.9]) expect(weightedQuantile(v, weights, p)).toBe(quantileSorted(pooled, p));
      const survivals = randomDays((): Survival => ({ time: int(20), censored: int(3) === 0 }));
      const drawn = Int32Array.from(survivals, () => int(3));
      const pooledSurvivals = pool(survivals, drawn);
      expect(weightedKaplanMeierMedian(daySurvivals(survivals), drawn)).toBe(
        pooledSurvivals.length ? kaplanMeierMedian(pooledSurvivals) : null,
      );
    }
  });

  it('bootstrap to the same interval as the pooled reference', () => {
    for (let trial = 0; trial < 12; trial++) {
      const seed = next();
      const values = randomDays(() => int(400) / 8);
      const v = dayValues(values);
      expect(bootstrapDays(values.length, (w) => weightedQuantile(v, w, 0.5), seed)).toEqual(
        bootstrapInterval(values, (pool) => median([...pool]), seed),
      );
      const histograms = randomDays((): [number, number] => [int(9), 1 + int(5)]);
      const h = dayCounts(histograms);
      expect(bootstrapDays(histograms.length, (w) => weightedQuantile(h, w, 0.5), seed)).toEqual(
        bootstrapInterval(histograms, (pool) => quantileOfCounts(pool, 0.5), seed),
      );
      const survivals = randomDays((): Survival => ({ time: int(30), censored: int(4) === 0 }));
      const s = daySurvivals(survivals);
      expect(bootstrapDays(survivals.length, (w) => weightedKaplanMeierMedian(s, w), seed)).toEqual(
        bootstrapInterval(survivals, kaplanMeierMedian, seed),
      );
    }
  });
});
