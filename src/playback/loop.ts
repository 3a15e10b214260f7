// The requestAnimationFrame driver: the only writer of the position while playing. Nothing
// here queries the engine; a frame only moves a number.
import { step } from './clock';
import { playback } from './store';

let frame = 0;
let last = 0;

function tick(now: number): void {
  const state = playback.getState();
  if (!state.playing) {
    frame = 0;
    return;
  }
  playback.setState(step(state, now - last));
  last = now;
  frame = requestAnimationFrame(tick);
}

/** Starts the driver whenever playback starts. Returns the unsubscribe. */
export function startPlaybackLoop(): () => void {
  const unsubscribe = playback.subscribe((state) => {
    if (state.playing && frame === 0) {
      last = performance.now();
      frame = requestAnimationFrame(tick);
    }
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    frame = 0;
  };
}
