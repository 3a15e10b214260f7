// Black-76 prices and implied volatility (spec 10), pure arithmetic: no engine, no React. The
// normal CDF is the spec's West (2005) / Hart algorithm, so that every implementation of the spec
// prices the same quote to the last bit; the bisection is the spec's reference, Newton its fast twin.
// The sample generator prices its option quotes with the same functions.

/** The spec's risk-free rate. */
export const RATE = 0.065;
/** The spec's bracket for implied volatility (annualised decimals). */
export const IV_LOW = 1e-4;
export const IV_HIGH = 10;

const P = [
  3.52624965998911e-2, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931,
  220.206867912376,
];
const Q = [
  8.83883476483184e-2, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831,
  793.826512519948, 440.413735824752,
];

function horner(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (const c of coefficients) sum = sum * x + c;
  return sum;
}

/**
 * Φ(x), the standard normal CDF, exactly as spec 10 writes it: absolute error about 1e-16 over
 * the whole line, relative only about 1e-8 beyond |x| > 7.
 */
export function normCdf(x: number): number {
  const a = Math.abs(x);
  let c: number;
  if (a > 37) c = 0;
  else {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) c = (e * horner(P, a)) / horner(Q, a);
    else c = e / (a + 1 / (a + 2 / (a + 3 / (a + 4 / (a + 0.65))))) / 2.506628274631;
  }
  return x > 0 ? 1 - c : c;
}

/** d1 of Black-76; sd = sigma * sqrt(T). */
function d1Of(F: number, K: number, sd: number): number {
  return (Math.log(F / K) + 0.5 * sd * sd) / sd;
}

/**
 * The Black-76 price of a call (or put) on forward F at strike K, T years out, volatility sigma;
 * at or after expiry, or with no volatility, the discounted intrinsic value.
 */
export function black76(call: boolean, F: number, K: number, T: number, sigma: number, r = RATE): number {
  const D = Math.exp(-r * T);
  if (T <= 0 || sigma <= 0) return D * Math.max(call ? F - K : K - F, 0);
  const sd = sigma * Math.sqrt(T);
  const d1 = d1Of(F, K, sd);
  const d2 = d1 - sd;
  return call ? D * (F * normCdf(d1) - K * normCdf(d2)) : D * (K * normCdf(-d2) - F * normCdf(-d1));
}

/** dPrice/dSigma, the same for a call and a put. */
export function vega(F: number, K: number, T: number, sigma: number, r = RATE): number {
  const d1 = d1Of(F, K, sigma * Math.sqrt(T));
  return (Math.exp(-r * T) * F * Math.sqrt(T) * Math.exp(-0.5 * d1 * d1)) / Math.sqrt(2 * Math.PI);
}

/** Whether a quote can have an implied volatility: T > 0, and strictly between the bracket's prices. */
function solvable(call: boolean, mid: number, F: number, K: number, T: number): boolean {
  if (!(T > 0) || !Number.isFinite(mid) || !(F > 0) || !(K > 0)) return false;
  return black76(call, F, K, T, IV_LOW) < mid && mid < black76(call, F, K, T, IV_HIGH);
}

/** Spec 10's reference: exactly 64 bisection steps on [1e-4, 10]; NaN (NULL) when not solvable. */
export function impliedVolBisection(call: boolean, mid: number, F: number, K: number, T: number): number {
  if (!solvable(call, mid, F, K, T)) return Number.NaN;
  let lo = IV_LOW;
  let hi = IV_HIGH;
  for (let step = 0; step < 64; step++) {
    const m = (lo + hi) / 2;
    if (black76(call, F, K, T, m) < mid) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

/**
 * The same root by Newton's method kept inside a shrinking bracket: a bisection step instead
 * whenever Newton would leave the bracket or is not halving the error (deep out of the money the
 * price is flat in sigma and Newton crawls). Starts from `guess` (say, the previous second's iv)
 * and stops at a step below 1e-14, well inside the spec's 1e-10 agreement.
 */
export function impliedVol(call: boolean, mid: number, F: number, K: number, T: number, guess = 0.2): number {
  if (!solvable(call, mid, F, K, T)) return Number.NaN;
  let lo = IV_LOW;
  let hi = IV_HIGH;
  let sigma = guess > lo && guess < hi ? guess : 0.2;
  let step = hi - lo;
  let stepBefore = step;
  for (let i = 0; i < 200; i++) {
    const diff = black76(call, F, K, T, sigma) - mid;
    if (diff === 0) return sigma;
    if (diff < 0) lo = sigma;
    else hi = sigma;
    const slope = vega(F, K, T, sigma);
    const newton = sigma - diff / slope;
    const slow = Math.abs(2 * diff) > Math.abs(stepBefore * slope);
    stepBefore = step;
    if (!(newton > lo && newton < hi) || slow) {
      step = (hi - lo) / 2;
      sigma = lo + step;
    } else {
      step = sigma - newton;
      sigma = newton;
    }
    if (Math.abs(step) < 1e-14 || hi - lo < 1e-14) return sigma;
  }
  return sigma;
}

/**
 * Implied volatilities of many quotes at once (one per index; NaN marks NULL in and out). Each
 * row starts from the last solution, so rows in an instrument's time order solve in a few steps.
 */
export function impliedVols(rows: {
  call: Uint8Array;
  mid: Float64Array;
  forward: Float64Array;
  strike: Float64Array;
  years: Float64Array;
}): Float64Array {
  const { call, mid, forward, strike, years } = rows;
  const out = new Float64Array(mid.length);
  let guess = 0.2;
  for (let i = 0; i < mid.length; i++) {
    const at = (column: Float64Array) => column[i] ?? Number.NaN;
    const iv = impliedVol(call[i] === 1, at(mid), at(forward), at(strike), at(years), guess);
    out[i] = iv;
    if (!Number.isNaN(iv)) guess = iv;
  }
  return out;
}
