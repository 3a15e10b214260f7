// The requestAnimationFrame driver: the only writer of the position while playing. Nothing
// here queries the engine; a frame only moves a number.
import { step } from './clock';
import { playback } from './store';

let frame = 0;
let last: number | undefined;

// Frame timestamps are each frame's start, which can precede the moment play began: the first
// frame only sets the baseline.
function tick(now: number): void {
  const state = playback.getState();
  if (!state.playing) {
    frame = 0;
    last = undefined;
    return;
  }
  if (last !== undefined) playback.setState(step(state, now - last));
  last = now;
  frame = requestAnimationFrame(tick);
}

/** Starts the driver whenever playback starts. Returns the unsubscribe. */
export function startPlaybackLoop(): () => void {
  const unsubscribe = playback.subscribe((state) => {
    if (state.playing && frame === 0) frame = requestAnimationFrame(tick);
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    frame = 0;
  };
}
