import { describe, expect, it } from 'vitest';
import { frame, pageTo, slideTo } from './view';

// a day of 22,500 seconds from 0, and a 600 s view
const FIRST = 0;
const LAST = 22_499;
const VIEW = { min: 1_000, max: 1_600 };

describe('the view', () => {
  it('does not move while the playhead is inside it', () => {
    expect(pageTo(VIEW, 1_000, FIRST, LAST)).toBeNull();
    expect(pageTo(VIEW, 1_600, FIRST, LAST)).toBeNull();
  });

  it('turns a page past its right edge, leaving a tenth of the view behind the playhead', () => {
    expect(pageTo(VIEW, 1_601, FIRST, LAST)).toEqual({ min: 1_541, max: 2_141 });
  });

  it('turns back before its left edge, the playhead a tenth from the right', () => {
    expect(pageTo(VIEW, 999, FIRST, LAST)).toEqual({ min: 459, max: 1_059 });
  });

  it('keeps its width at the ends of the day', () => {
    expect(pageTo(VIEW, 22_400, FIRST, LAST)).toEqual({ min: 21_899, max: 22_499 });
    expect(slideTo(VIEW, -300, FIRST, LAST)).toEqual({ min: 0, max: 600 });
  });

  it('frames a burst with its own length on each side, at least a minute', () => {
    expect(frame(5_000, 5_029, FIRST, LAST)).toEqual({ min: 4_940, max: 5_089 });
    expect(frame(5_000, 5_300, FIRST, LAST)).toEqual({ min: 4_700, max: 5_600 });
    expect(frame(30, 59, FIRST, LAST)).toEqual({ min: 0, max: 119 });
  });
});
