// The playback clock lives outside React: charts subscribe to it and move their cursor without
// a React render. Only ./loop.ts advances it while playing; commands set it directly.
import { createStore } from 'zustand/vanilla';
import { type ClockState, clamp } from './clock';

export const playback = createStore<ClockState>()(() => ({ position: 0, end: 0, speed: 60, playing: false }));

/** The whole second the replay shows. */
export const currentSecond = (s: ClockState) => Math.floor(s.position);

export function seek(position: number): void {
  playback.setState((s) => ({ position: clamp(Math.floor(position), s.end) }));
}

export function stepBy(seconds: number): void {
  playback.setState((s) => ({ position: clamp(Math.floor(s.position) + seconds, s.end), playing: false }));
}

export function setSpeed(speed: number): void {
  playback.setState({ speed });
}

export function setPlaying(playing: boolean): void {
  playback.setState((s) => ({ playing: playing && s.position < s.end }));
}

export function resetClock(end: number, position = 0): void {
  playback.setState({ end, position: clamp(position, end), playing: false });
}
