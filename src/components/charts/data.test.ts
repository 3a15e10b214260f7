import { describe, expect, it } from 'vitest';
import type { BurstResult } from '../../pipeline/compute';
import { fixed } from './layout';
import { optionData } from './OptionChart';
import { toRegimeSpans } from './regimes';
import { sparseSpotData } from './SpotChart';

const N = Number.NaN;
const f = (...values: number[]) => Float64Array.from(values);

describe('the ATM chart data', () => {
  it('has a gap in every series at every ATM switch second, and the straddle is ce_mid + pe_mid', () => {
    // seconds 0-6: ATM 25850, 25850, 25900 (switch), 25850 (switch), 25850, NULL (switch), 25850 (switch)
    const atmStrike = f(25850, 25850, 25900, 25850, 25850, N, 25850);
    const ceMid = f(10, 11, 30, 12, 13, N, 14);
    const peMid = f(20, 21, 5, 22, 23, N, 24);
    const quotes = [
      ceMid.map((v) => v - 0.5),
      ceMid.map((v) => v + 0.5),
      ceMid,
      peMid.map((v) => v - 0.5),
      peMid.map((v) => v + 0.5),
      peMid,
    ] as const;
    const data = optionData({ time: f(0, 1, 2, 3, 4, 5, 6), atmStrike, quotes: [...quotes] as never }, []);
    expect(data.length).toBe(8); // time, six quotes, straddle
    const switches = [2, 3, 5, 6];
    for (const series of data.slice(1)) for (const i of switches) expect(series[i]).toBeNull();
    expect(data[3]).toEqual([10, 11, null, null, 13, null, null]); // CE mid
    expect(data[7]).toEqual([30, 32, null, null, 36, null, null]); // straddle

    // a sparse day adds each mid at its side's observed seconds, still with no value at a switch
    const observed: [Float64Array, Float64Array] = [f(1, 0, 1, 0, 1, 0, 0), f(0, 1, 0, 0, 1, 0, 1)];
    const sparse = optionData({ time: f(0, 1, 2, 3, 4, 5, 6), atmStrike, quotes: [...quotes] as never, observed }, []);
    expect(sparse.length).toBe(10);
    expect(sparse[8]).toEqual([10, null, null, null, 13, null, null]); // CE polls
    expect(sparse[9]).toEqual([null, 21, null, null, 23, null, null]); // PE polls
  });
});

describe('the spot chart data of a sparse day', () => {
  it('steps through the carried spot and puts a dot only at each observed second', () => {
    const features = {
      time: f(0, 1, 2, 3, 4, 5, 6),
      spot: f(N, 100, 100, 100, 104, 104, 98),
      spot_observed: f(0, 1, 0, 0, 1, 0, 1),
    };
    const result = { features, bursts: [], staleSpans: [], atmChanges: [] } as unknown as BurstResult;
    const [, line, dots] = sparseSpotData(result);
    expect(line).toEqual([null, 100, 100, 100, 104, 104, 98]);
    expect(dots).toEqual([null, 100, null, null, 104, null, 98]);
  });
});

describe('chart numbers', () => {
  it('are grouped the Indian way in legends, scaled, with a dash for NULL', () => {
    expect(fixed(2)(123456.789)).toBe('1,23,456.79');
    expect(fixed(2)(-59279.65)).toBe('-59,279.65');
    expect(fixed(1, 1e4)(0.00123)).toBe('12.3');
    expect(fixed(2)(null)).toBe('–');
    expect(fixed(2)(N)).toBe('–');
  });
});

describe('the regime ribbon', () => {
  it('joins consecutive minutes of one regime into a span ending at the next minute, and breaks at a missing minute', () => {
    const minute = (m: number, regime: string) => ({ minute_time: 33_300 + 60 * m, regime });
    const rows = [minute(0, 'warmup'), minute(1, 'warmup'), minute(2, 'quiet'), minute(3, 'quiet'), minute(5, 'quiet')];
    expect(toRegimeSpans(rows)).toEqual([
      { start: 33_300, end: 33_420, regime: 'warmup' },
      { start: 33_420, end: 33_540, regime: 'quiet' },
      { start: 33_600, end: 33_660, regime: 'quiet' },
    ]);
  });
});
