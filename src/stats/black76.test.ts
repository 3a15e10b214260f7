import { describe, expect, it } from 'vitest';
import { black76, impliedVol, impliedVolBisection, impliedVols, normCdf, RATE, vega } from './black76';

const YEAR_S = 31_536_000;
const F = 25_000;

/** Spec 10's comparison: iv to `tolerance` where vega is at least 1e-3 points per 0.01 vol, else the prices. */
function agree(call: boolean, K: number, T: number, a: number, b: number, tolerance: number): boolean {
  if (vega(F, K, T, a) * 0.01 >= 1e-3 || vega(F, K, T, b) * 0.01 >= 1e-3) return Math.abs(a - b) <= tolerance;
  const [pa, pb] = [black76(call, F, K, T, a), black76(call, F, K, T, b)];
  return Math.abs(pa - pb) <= 1e-9 * Math.max(Math.abs(pa), Math.abs(pb));
}

// the last minutes of an expiry day up to a month out; deep in and out of the money
const YEARS = [120, 600, 1_800, 6 * 3_600, 86_400, 7 * 86_400, 30 * 86_400].map((s) => s / YEAR_S);
const STRIKES = [20_000, 23_750, 24_800, 24_950, 25_000, 25_050, 25_200, 26_250, 30_000];
const SIGMAS = [0.03, 0.08, 0.15, 0.3, 0.6, 1.2, 3];

describe('the normal CDF', () => {
  it('is the standard normal distribution to double precision', () => {
    expect(normCdf(0)).toBe(0.5);
    expect(normCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normCdf(3)).toBeCloseTo(0.9986501019683699, 15);
    // the spec's continued fraction is good to about 1e-8 relative in the far tail
    expect(Math.abs(normCdf(-8) / 6.22096057427178e-16 - 1)).toBeLessThan(1e-7);
    expect(normCdf(-40)).toBe(0);
    expect(normCdf(40)).toBe(1);
  });
});

describe('Black-76', () => {
  it('keeps put-call parity: C - P = e^(-rT)(F - K)', () => {
    for (const T of YEARS)
      for (const K of STRIKES) {
        const parity = Math.exp(-RATE * T) * (F - K);
        expect(black76(true, F, K, T, 0.2) - black76(false, F, K, T, 0.2)).toBeCloseTo(parity, 8);
      }
  });
});

describe('implied volatility', () => {
  it('recovers the volatility a price was made with, by bisection and by Newton alike', () => {
    let checked = 0;
    for (const T of YEARS)
      for (const K of STRIKES)
        for (const sigma of SIGMAS)
          for (const call of [true, false]) {
            const price = black76(call, F, K, T, sigma);
            const reference = impliedVolBisection(call, price, F, K, T);
            if (Number.isNaN(reference)) continue; // worth less than at the bracket's low end: no iv
            // a quote is at least two ticks (spec 10's filter); far below that the price is a number
            // like 1e-160, which the spec's Φ (about 1e-8 relative in its far tail) cannot invert
            const label = `${call ? 'CE' : 'PE'} K ${K} T ${T} σ ${sigma}`;
            if (price < 0.1) continue;
            checked++;
            expect(agree(call, K, T, reference, sigma, 1e-9), label).toBe(true);
            const fast = impliedVol(call, price, F, K, T, 0.5);
            expect(agree(call, K, T, fast, reference, 1e-10), `Newton, ${label}`).toBe(true);
          }
    expect(checked).toBeGreaterThan(500); // of 882 quotes, those worth two ticks
  });

  it('is NULL for quotes no volatility explains, and when the expiry has passed', () => {
    const T = 86_400 / YEAR_S;
    const atLow = black76(true, F, 24_000, T, 1e-4); // about the discounted intrinsic value
    expect(impliedVolBisection(true, atLow - 1, F, 24_000, T)).toBeNaN();
    expect(impliedVolBisection(true, atLow, F, 24_000, T)).toBeNaN(); // the bracket is open
    expect(impliedVolBisection(true, F, F, 25_000, T)).toBeNaN(); // more than the forward itself
    expect(impliedVolBisection(true, 100, F, 25_000, 0)).toBeNaN();
    expect(impliedVolBisection(true, 100, F, 25_000, -1 / YEAR_S)).toBeNaN();
    expect(impliedVolBisection(true, Number.NaN, F, 25_000, T)).toBeNaN();
    expect(impliedVol(false, 100, Number.NaN, 25_000, T)).toBeNaN();
  });

  it('solves typed columns row by row as the reference does, NaN for NULL', () => {
    const T = 1_800 / YEAR_S;
    const prices = [black76(true, F, 25_000, T, 0.12), Number.NaN, black76(false, F, 24_900, T, 0.2), 30_000];
    const got = impliedVols({
      call: Uint8Array.from([1, 1, 0, 0]),
      mid: Float64Array.from(prices),
      forward: Float64Array.from([F, F, F, F]),
      strike: Float64Array.from([25_000, 25_000, 24_900, 24_900]),
      years: Float64Array.from([T, T, T, T]),
    });
    expect(got[0]).toBeCloseTo(0.12, 10);
    expect(got[1]).toBeNaN();
    expect(got[2]).toBeCloseTo(0.2, 10);
    expect(got[3]).toBeNaN();
  });
});
