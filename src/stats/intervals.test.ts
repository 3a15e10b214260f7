import { describe, expect, it } from 'vitest';
import { garwood, logPoissonCdf, rateHasInterval, statisticHasInterval, wilson } from './intervals';

describe('Garwood intervals of a rate', () => {
  // Reference: the chi-square form of Garwood (1936), lower = chi2.ppf(0.025, 2k) / 2 and
  // upper = chi2.ppf(0.975, 2k + 2) / 2, computed with SciPy 1.17 (scipy.stats.chi2.ppf)
  const scipy: [number, number, number][] = [
    [0, 0, 3.6888794541139354],
    [1, 0.025317807984289876, 5.571643390938898],
    [5, 1.6234863901184207, 11.66833207932267],
    [37, 26.05141456710603, 50.999626141930825],
    [1000, 938.9730184076952, 1063.952136016302],
  ];
  it.each(scipy)('of %i events agrees with the chi-square quantiles to 1e-9 relative', (k, lo, hi) => {
    const hours = 7.5;
    const interval = garwood(k, hours);
    if (k === 0) expect(interval.lo).toBe(0);
    else expect(Math.abs(interval.lo * hours - lo) / lo).toBeLessThan(1e-9);
    expect(Math.abs(interval.hi * hours - hi) / hi).toBeLessThan(1e-9);
  });

  it('sums the Poisson CDF in log space: finite where the terms underflow', () => {
    // e^-1000 underflows a double; P(X <= 1000; 1000) is a little over a half
    const p = Math.exp(logPoissonCdf(1000, 1000));
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.52);
    expect(logPoissonCdf(0, 2)).toBeCloseTo(-2, 14); // P(X = 0) = e^-2
  });
});

describe('Wilson intervals of a share', () => {
  // Reference: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
  // Statistics in Medicine 17:857-872, Table II, method 3 (score) to four places; the digits
  // beyond from SciPy 1.17 (scipy.stats.binomtest(x, n).proportion_ci(method='wilson'))
  const cases: [number, number, number, number][] = [
    [81, 263, 0.2552885198782742, 0.36620957698280004],
    [15, 148, 0.06238639953073629, 0.16048724172330803],
    [0, 20, 0, 0.16112515805281935],
    [1, 29, 0.006113214292762667, 0.17175521879320282],
    [29, 29, 0.8830302015002592, 1],
  ];
  it.each(cases)('of %i in %i', (x, n, lo, hi) => {
    const interval = wilson(x, n);
    expect(interval.lo).toBeCloseTo(lo, 12);
    expect(interval.hi).toBeCloseTo(hi, 12);
  });
});

describe('when an interval is given', () => {
  it('needs 5 days for a rate, and 10 values as well for a share or a median', () => {
    expect(rateHasInterval(4)).toBe(false);
    expect(rateHasInterval(5)).toBe(true);
    expect(statisticHasInterval(5, 9)).toBe(false);
    expect(statisticHasInterval(4, 100)).toBe(false);
    expect(statisticHasInterval(5, 10)).toBe(true);
  });
});
