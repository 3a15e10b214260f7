import { describe, expect, it } from 'vitest';
import { Rng } from '../sample/random';
import { ivHistory, mad } from './ivHistory';
import { median } from './sortedWindow';

const sortedMedian = (values: number[]) => median([...values].sort((a, b) => a - b));
const plainMad = (values: number[]) => {
  const m = sortedMedian(values);
  return sortedMedian(values.map((x) => Math.abs(x - m)));
};

describe('the IV history of spec 10', () => {
  it('takes the median and MAD as the spec defines them', () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(mad([1, 2, 3, 4, 100])).toBe(1); // |x - 3| = 2, 1, 0, 1, 97
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    expect(mad([0, 10])).toBe(5);
    const rng = new Rng(3);
    const random = () => rng.next() * 2 - 1;
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + (trial % 37) }, () => Math.round(random() * 50) / 10);
      expect(mad([...values].sort((a, b) => a - b))).toBe(plainMad(values));
    }
  });

  it('gives iv_smooth, d_iv_60 and iv_z as plain sorts over the same rows do, skipping NULLs', () => {
    const rng = new Rng(11);
    const random = () => rng.next();
    const n = 4000;
    const atm = Float64Array.from({ length: n }, (_, t) =>
      random() < 0.03 ? Number.NaN : 0.15 + 0.01 * Math.sin(t / 300) + 0.002 * (random() - 0.5),
    );
    const { ivSmooth, dIv60, ivZ } = ivHistory(atm, 0.001);
    const defined = (values: ArrayLike<number>) => Array.from(values).filter((x) => !Number.isNaN(x));
    for (let t = 0; t < n; t += 7) {
      const recent = defined(atm.slice(Math.max(0, t - 4), t + 1));
      const smooth = recent.length >= 3 ? sortedMedian(recent) : Number.NaN;
      expect(ivSmooth[t]).toBe(smooth);
      if (t >= 60) expect(dIv60[t]).toBe(smooth - (ivSmooth[t - 60] as number));
      const past = defined(dIv60.slice(Math.max(0, t - 1800), Math.max(0, t - 60)));
      const z =
        past.length >= 600
          ? ((dIv60[t] as number) - sortedMedian(past)) / (1.4826 * Math.max(plainMad(past), 0.001))
          : Number.NaN;
      expect(ivZ[t]).toBe(z);
    }
    expect(defined(ivZ).length).toBeGreaterThan(3000);
  });
});
