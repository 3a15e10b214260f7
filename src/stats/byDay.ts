// The truth tables' medians over days pooled, and their bootstrap, without pooling: a resample
// that draws day j w_j times pools each of its values w_j times, so its statistic is the
// statistic of every value weighted by its day's draws. The values are sorted once; each resample
// is then one pass over them. Same results as bootstrapInterval over pooled values (tested).
import type { Interval } from './intervals';
import { mulberry32, quantileSorted, RESAMPLES, type Survival } from './resample';

/** Values of several days, sorted: each with its day and how many times it occurs there. */
export interface DayValues {
  value: Float64Array;
  day: Int32Array;
  count: Float64Array;
  /** For times to an outcome: 1 where censored (sorted outcomes first at a shared time). */
  censored: Uint8Array;
}

interface Item {
  value: number;
  day: number;
  count: number;
  censored: number;
}

function sorted(items: Item[]): DayValues {
  items.sort((a, b) => a.value - b.value || a.censored - b.censored);
  return {
    value: Float64Array.from(items, (i) => i.value),
    day: Int32Array.from(items, (i) => i.day),
    count: Float64Array.from(items, (i) => i.count),
    censored: Uint8Array.from(items, (i) => i.censored),
  };
}

export const dayValues = (perDay: readonly (readonly number[])[]): DayValues =>
  sorted(perDay.flatMap((values, day) => values.map((value) => ({ value, day, count: 1, censored: 0 }))));

/** Histograms: [value, how many] per day. */
export const dayCounts = (perDay: readonly (readonly (readonly [number, number])[])[]): DayValues =>
  sorted(perDay.flatMap((pairs, day) => pairs.map(([value, count]) => ({ value, day, count, censored: 0 }))));

export const daySurvivals = (perDay: readonly (readonly Survival[])[]): DayValues =>
  sorted(
    perDay.flatMap((obs, day) => obs.map((o) => ({ value: o.time, day, count: 1, censored: o.censored ? 1 : 0 }))),
  );

/** How many values there are with each day drawn `weights[day]` times. */
export function weightedCount(v: DayValues, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < v.value.length; i++) total += (weights[v.day[i] as number] as number) * (v.count[i] as number);
  return total;
}

/** quantileSorted of the values, each repeated count x its day's weight times. */
export function weightedQuantile(v: DayValues, weights: ArrayLike<number>, p: number): number | null {
  const total = weightedCount(v, weights);
  if (total === 0) return null;
  const at = p * (total - 1);
  const below = Math.floor(at);
  let low = Number.NaN;
  let seen = 0;
  for (let i = 0; i < v.value.length; i++) {
    seen += (weights[v.day[i] as number] as number) * (v.count[i] as number);
    if (Number.isNaN(low) && below < seen) low = v.value[i] as number;
    if (below + 1 < seen || seen === total) return low + (at - below) * ((v.value[i] as number) - low);
  }
  return low;
}

/** kaplanMeierMedian of the times, each repeated its day's weight times. */
export function weightedKaplanMeierMedian(v: DayValues, weights: ArrayLike<number>): number | null {
  let atRisk = weightedCount(v, weights);
  let survival = 1;
  for (let i = 0; i < v.value.length; ) {
    const time = v.value[i] as number;
    let outcomes = 0;
    let leaving = 0;
    for (; i < v.value.length && v.value[i] === time; i++) {
      const w = (weights[v.day[i] as number] as number) * (v.count[i] as number);
      if (!v.censored[i]) outcomes += w;
      leaving += w;
    }
    if (outcomes > 0) {
      survival *= 1 - outcomes / atRisk;
      if (survival <= 0.5 + 1e-12) return time;
    }
    atRisk -= leaving;
  }
  return null;
}

/**
 * The 95% bootstrap interval over `days` days (spec 14): each resample draws `days` days with
 * replacement (index floor(u * d)), and `statistic` reads how many times each was drawn; a null
 * or NaN statistic (no values) is skipped. Null when none is left.
 */
export function bootstrapDays(
  days: number,
  statistic: (weights: Int32Array) => number | null,
  seed: number,
): Interval | null {
  const next = mulberry32(seed);
  const weights = new Int32Array(days);
  const statistics: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    weights.fill(0);
    for (let j = 0; j < days; j++) {
      const drawn = Math.floor((next() / 2 ** 32) * days);
      weights[drawn] = (weights[drawn] as number) + 1;
    }
    const value = statistic(weights);
    if (value !== null && !Number.isNaN(value)) statistics.push(value);
  }
  if (statistics.length === 0) return null;
  const ordered = Float64Array.from(statistics).sort();
  return { lo: quantileSorted(ordered, 0.025) as number, hi: quantileSorted(ordered, 0.975) as number };
}
