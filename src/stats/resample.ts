// The truth tables' medians and their bootstrap intervals (spec 14): the median, the Kaplan-Meier
// median of censored times, and the seeded bootstrap over days. Pure numbers: no engine, no React.
import type { Interval } from './intervals';

/** The spec's default bootstrap seed. */
export const BOOTSTRAP_SEED = 20240101;
export const RESAMPLES = 2000;

/** The p-quantile (0-1) of sorted values, interpolated linearly between neighbours (DuckDB's quantile_cont). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const at = p * (sorted.length - 1);
  const below = Math.floor(at);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (at - below) * (high - low);
}

export function median(values: readonly number[]): number | null {
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}

/** quantileSorted over values given as [value, how many times] pairs (a histogram). */
export function quantileOfCounts(counts: readonly (readonly [number, number])[], p: number): number | null {
  const sorted = counts.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (rank < seen) return value;
    }
    return Number.NaN; // unreachable: rank < total
  };
  const at = p * (total - 1);
  const below = Math.floor(at);
  const low = valueAt(below);
  return low + (at - below) * (valueAt(Math.min(below + 1, total - 1)) - low);
}

/** A time to an outcome, or to the end of the follow-up when `censored`. */
export interface Survival {
  time: number;
  censored: boolean;
}

/**
 * The Kaplan-Meier median: the smallest time t with S(t) <= 0.5 (an exact half counts, so within
 * 1e-12), null if S never falls that far. At a time shared by outcomes and censorings the outcomes
 * count first: the censored are still at risk then.
 */
export function kaplanMeierMedian(observations: readonly Survival[]): number | null {
  const sorted = [...observations].sort((a, b) => a.time - b.time || Number(a.censored) - Number(b.censored));
  let atRisk = sorted.length;
  let survival = 1;
  for (let i = 0; i < sorted.length; ) {
    const time = (sorted[i] as Survival).time;
    let outcomes = 0;
    let leaving = 0;
    for (; i < sorted.length && (sorted[i] as Survival).time === time; i++) {
      if (!(sorted[i] as Survival).censored) outcomes++;
      leaving++;
    }
    if (outcomes > 0) {
      survival *= 1 - outcomes / atRisk;
      if (survival <= 0.5 + 1e-12) return time;
    }
    atRisk -= leaving;
  }
  return null;
}

/** mulberry32 (the spec's reference, 32-bit unsigned arithmetic): a generator of integers in [0, 2^32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}

/** A cell's seed for one metric: the bootstrap seed XOR fnv1a32("U|dte|tod|regime_in|metric"). */
export function cellSeed(cell: readonly string[], metric: string, seed = BOOTSTRAP_SEED): number {
  return (seed ^ fnv1a32([...cell, metric].join('|'))) >>> 0;
}

/**
 * The 95% bootstrap interval of `statistic` over days: `days` holds each day's values, the days in
 * ascending date order. Each of RESAMPLES resamples draws as many days as there are, with
 * replacement (index floor(u * d), u = next() / 2^32), pools their values and takes the statistic;
 * resamples without values or without a statistic are skipped. Null when none is left.
 */
export function bootstrapInterval<T>(
  days: readonly (readonly T[])[],
  statistic: (values: readonly T[]) => number | null,
  seed: number,
): Interval | null {
  const next = mulberry32(seed);
  const d = days.length;
  const statistics: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const pooled: T[] = [];
    for (let j = 0; j < d; j++) pooled.push(...(days[Math.floor((next() / 2 ** 32) * d)] as readonly T[]));
    const value = pooled.length > 0 ? statistic(pooled) : null;
    if (value !== null && !Number.isNaN(value)) statistics.push(value);
  }
  if (statistics.length === 0) return null;
  const sorted = Float64Array.from(statistics).sort();
  return { lo: quantileSorted(sorted, 0.025) as number, hi: quantileSorted(sorted, 0.975) as number };
}
