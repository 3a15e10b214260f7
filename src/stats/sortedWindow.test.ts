import { describe, expect, it } from 'vitest';
import { trailingMedians } from './sortedWindow';

/** The same by brute force: each row's window sliced, NaN dropped, sorted. */
function plainTrailingMedians(values: number[], groups: number[], window: number, minCount: number): number[] {
  return values.map((_, t) => {
    const past: number[] = [];
    for (let j = Math.max(0, t - window); j < t; j++) {
      if (groups[j] === groups[t] && !Number.isNaN(values[j] as number)) past.push(values[j] as number);
    }
    if (past.length < minCount) return Number.NaN;
    past.sort((a, b) => a - b);
    const mid = past.length >> 1;
    return past.length % 2 ? (past[mid] as number) : ((past[mid - 1] as number) + (past[mid] as number)) / 2;
  });
}

describe('trailing medians (spec 9: base over rows ts-300..ts-1)', () => {
  it('take the rows before each row, not the row itself, and need minCount values', () => {
    const out = trailingMedians(Float64Array.from([5, 1, 3, 100, 2]), [0, 0, 0, 0, 0], 3, 2);
    // row 2: [5, 1] -> 3; row 3: [5, 1, 3] -> 3; row 4: [1, 3, 100] -> 3 (5 has left the window)
    expect(Array.from(out)).toEqual([Number.NaN, Number.NaN, 3, 3, 3]);
  });

  it('start again in each group, and skip NaN (NULL)', () => {
    const out = trailingMedians(Float64Array.from([1, 2, Number.NaN, 4, 10, 20, 30]), [0, 0, 0, 0, 1, 1, 1], 3, 2);
    // row 3: [1, 2, NaN] -> 1.5; row 4 opens group 1: nothing before it; row 6: [10, 20] -> 15
    expect(Array.from(out)).toEqual([Number.NaN, Number.NaN, 1.5, 1.5, Number.NaN, Number.NaN, 15]);
  });

  it('agree with a brute-force median over a long series of steps, runs and gaps', () => {
    // depth-like values: runs of equal values, small steps, NULL stretches, three groups
    const values: number[] = [];
    const groups: number[] = [];
    let x = 1000;
    for (let t = 0; t < 3000; t++) {
      if (t % 7 === 0) x += ((t * 7919) % 13) - 6;
      values.push(t % 400 < 30 ? Number.NaN : x);
      groups.push(Math.floor(t / 1100));
    }
    const fast = trailingMedians(Float64Array.from(values), groups, 300, 60);
    expect(Array.from(fast)).toEqual(plainTrailingMedians(values, groups, 300, 60));
    expect(fast.filter((v) => !Number.isNaN(v)).length).toBeGreaterThan(2000);
  });
});
