import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION } from '../pipeline/market';
import { axisLabel, dayXs, sharedRange } from './sideBySide';

// the session 09:15:00-15:30:00: 22,501 grid seconds, 375 minutes from the open to the close
const day = (dteDays: number) => ({ seconds: 22_501, dteDays, session: DEFAULT_SESSION });

describe('days side by side', () => {
  it('places the clock from the open in minutes', () => {
    const xs = dayXs(day(3), 'clock');
    expect([xs[0], xs[60], xs[22_500]]).toEqual([0, 1, 375]);
    expect(axisLabel(0, 'clock', DEFAULT_SESSION)).toBe('09:15');
    expect(axisLabel(375, 'clock', DEFAULT_SESSION)).toBe('15:30');
  });

  it('places the time left to the expiry day close, whatever the DTE', () => {
    // expiry day: the open is 375 minutes before the close; a day before, 1,440 more
    expect(dayXs(day(0), 'expiry')[0]).toBe(-375);
    expect(dayXs(day(0), 'expiry')[22_500]).toBe(0);
    expect(dayXs(day(1), 'expiry')[0]).toBe(-1815);
    expect(axisLabel(-375, 'expiry', DEFAULT_SESSION)).toBe('-6h15');
    expect(axisLabel(-1815, 'expiry', DEFAULT_SESSION)).toBe('-1d 6h15');
    expect(axisLabel(0, 'expiry', DEFAULT_SESSION)).toBe('expiry');
  });

  it('shares one range over the days', () => {
    expect(sharedRange([dayXs(day(0), 'expiry'), dayXs(day(1), 'expiry')])).toEqual([-1815, 0]);
    expect(sharedRange([])).toEqual([0, 1]);
  });
});
