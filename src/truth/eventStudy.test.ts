// The event study on hand-made paths: alignment at the start, bps from the start's spot, edges of
// the day left unknown, and the quartiles per second.
import { expect, it } from 'vitest';
import { eventStudy } from './eventStudy';

const OPEN = 1_000_000;
/** A day of 1,000 s: spot 100 + second / 100, straddle 50 - second / 10. */
const paths = {
  open: OPEN,
  spot: Float64Array.from({ length: 1000 }, (_, j) => 100 + j / 100),
  straddle: Float64Array.from({ length: 1000 }, (_, j) => 50 - j / 10),
};

it('aligns events at their start, spot in bps from it, and gives the quartiles per second', () => {
  const study = eventStudy([
    { paths, start: OPEN + 500 },
    { paths, start: OPEN + 30 }, // 30 s into the day: its first 30 s of -60 are unknown
    { paths, start: OPEN + 900 }, // 99 s before the end: its last 201 s are unknown
  ]);
  expect([study.offsets[0], study.offsets[60], study.offsets.at(-1), study.offsets.length]).toEqual([-60, 0, 300, 361]);
  const [a, b, c] = study.spotBps as [Float64Array, Float64Array, Float64Array];
  expect([a[60], b[60], c[60]]).toEqual([0, 0, 0]);
  // 100 s after the start at 500: spot 106 against 105
  expect(a[160]).toBeCloseTo(10_000 * (106 / 105 - 1), 10);
  expect([Number.isNaN(b[29] as number), b[30]]).toEqual([true, 10_000 * (100 / 100.3 - 1)]);
  expect([c[159], Number.isNaN(c[160] as number)]).toEqual([10_000 * (109.99 / 109 - 1), true]);
  expect(study.straddle[0]?.[60]).toBe(0);
  // at +100 s the straddles are 50 - 60 and 50 - 13 (the third event's day has ended): their quartiles
  expect(study.straddleBand.median[160]).toBeCloseTo(13.5, 12);
  expect(study.straddleBand.q25[160]).toBeCloseTo(-10 + 0.25 * 47, 12);
  expect(study.straddleBand.q75[160]).toBeCloseTo(-10 + 0.75 * 47, 12);
  // 60 s before, the second event's day had not begun: the median of the other two
  expect(study.spotBand.median[0]).toBeCloseTo(((a[0] as number) + (c[0] as number)) / 2, 12);
});
