import { describe, expect, it } from 'vitest';
import { nextSpeed, step } from './clock';

describe('playback clock', () => {
  it('advances by wall time times speed and stops at the end', () => {
    const s = { position: 10, end: 100, speed: 60, playing: true };
    expect(step(s, 500).position).toBe(40);
    expect(step(s, 5000)).toEqual({ position: 100, end: 100, speed: 60, playing: false });
    expect(step({ ...s, playing: false }, 500).position).toBe(10);
    // a frame stamped before the moment play began never moves the replay back
    expect(step({ ...s, position: 0 }, -3).position).toBe(0);
  });

  it('steps through the speed list', () => {
    expect([nextSpeed(60, 1), nextSpeed(60, -1), nextSpeed(600, 1), nextSpeed(1, -1)]).toEqual([120, 30, 600, 1]);
  });
});
