// The truth tables' intervals (spec 14): Garwood for rates, Wilson for shares, and when an
// interval may be given at all. Pure numbers: no engine, no React.

/** z of a two-sided 95% interval, as the spec fixes it. */
export const Z95 = 1.959963984540054;

/** An interval is given from this many days of the cell (and for shares and medians this many values). */
export const MIN_DAYS = 5;
export const MIN_VALUES = 10;

export interface Interval {
  lo: number;
  hi: number;
}

/** log P(X <= k) for X ~ Poisson(lambda), summed in log space so that large k and lambda stay finite. */
export function logPoissonCdf(k: number, lambda: number): number {
  if (k < 0) return Number.NEGATIVE_INFINITY;
  if (lambda === 0) return 0;
  const logLambda = Math.log(lambda);
  let term = -lambda; // log of the i = 0 term
  let max = term;
  const terms = [term];
  for (let i = 1; i <= k; i++) {
    term += logLambda - Math.log(i);
    terms.push(term);
    if (term > max) max = term;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(0, max + Math.log(sum));
}

/** The lambda where `f`, falling in lambda, crosses 0: bisection to relative 1e-12 (the spec asks 1e-9). */
function fallingRoot(f: (lambda: number) => number, from: number): number {
  let lo = from;
  let hi = Math.max(1, 2 * from);
  while (f(hi) > 0) hi *= 2;
  while (hi - lo > 1e-12 * hi) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Garwood's exact 95% interval of a Poisson mean for `count` events: lower = the lambda with
 * P(X >= count) = 0.025 (0 for no event), upper = the lambda with P(X <= count) = 0.025; both
 * divided by `hours` to give a rate per hour.
 */
export function garwood(count: number, hours: number): Interval {
  // P(X <= k; lambda) falls as lambda grows
  const upper = fallingRoot((lambda) => Math.exp(logPoissonCdf(count, lambda)) - 0.025, count);
  const lower = count === 0 ? 0 : fallingRoot((lambda) => Math.exp(logPoissonCdf(count - 1, lambda)) - 0.975, 0);
  return { lo: lower / hours, hi: upper / hours };
}

/** Wilson's 95% score interval of a share of `successes` in `n` (n > 0). */
export function wilson(successes: number, n: number): Interval {
  const p = successes / n;
  const z2 = Z95 * Z95;
  const scale = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / scale;
  const half = (Z95 / scale) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Rates need MIN_DAYS days; shares and medians also MIN_VALUES values. */
export function rateHasInterval(days: number): boolean {
  return days >= MIN_DAYS;
}

export function statisticHasInterval(days: number, n: number): boolean {
  return days >= MIN_DAYS && n >= MIN_VALUES;
}
