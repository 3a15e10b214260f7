// Pure playback arithmetic: where the replay is after dtMs of wall time.
export const SPEEDS = [1, 2, 5, 10, 30, 60, 120, 300, 600] as const;

export interface ClockState {
  /** Seconds since the session open, fractional while playing. */
  position: number;
  /** The last second of the day (grid length - 1). */
  end: number;
  speed: number;
  playing: boolean;
}

export function step(state: ClockState, dtMs: number): ClockState {
  if (!state.playing) return state;
  const position = clamp(state.position + (Math.max(0, dtMs) / 1000) * state.speed, state.end);
  return { ...state, position, playing: position < state.end };
}

export function clamp(position: number, end: number): number {
  return Math.max(0, Math.min(end, position));
}

export function nextSpeed(speed: number, direction: 1 | -1): number {
  const at = SPEEDS.findIndex((s) => s >= speed);
  const index = Math.max(0, Math.min(SPEEDS.length - 1, (at < 0 ? SPEEDS.length - 1 : at) + direction));
  return SPEEDS[index] ?? speed;
}
