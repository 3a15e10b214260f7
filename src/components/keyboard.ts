// Trading-screen keys. Reads the store at key time; nothing here renders.
import { useEffect } from 'react';
import { nextSpeed } from '../playback/clock';
import { playback, seek, setPlaying, setSpeed, stepBy } from '../playback/store';
import { useAppStore } from '../store/appStore';

export const KEYS: [string, string][] = [
  ['Space', 'play / pause'],
  ['← / →', 'back / forward 1 second'],
  ['Shift + ← / →', 'back / forward 1 minute'],
  ['[ / ]', 'previous / next burst'],
  ['Home / End', 'session open / close'],
  ['+ / −', 'faster / slower'],
  ['?', 'this help'],
  ['Esc', 'close this help'],
];

/** Seeks to the start of the next (1) or previous (-1) burst from the current second. */
export function jumpToBurst(direction: 1 | -1): void {
  const result = useAppStore.getState().result;
  if (!result) return;
  const open = result.features.time?.[0] ?? 0;
  const now = Math.floor(playback.getState().position);
  const starts = result.bursts.map((b) => (b.start_time as number) - open);
  const target = direction > 0 ? starts.find((s) => s > now) : starts.filter((s) => s < now).at(-1);
  if (target !== undefined) seek(target);
}

function keyAction(e: KeyboardEvent, toggleHelp: () => void): (() => void) | undefined {
  const { playing, end, speed } = playback.getState();
  switch (e.key) {
    case ' ':
      return () => setPlaying(!playing);
    case 'ArrowLeft':
      return () => stepBy(e.shiftKey ? -60 : -1);
    case 'ArrowRight':
      return () => stepBy(e.shiftKey ? 60 : 1);
    case '[':
      return () => jumpToBurst(-1);
    case ']':
      return () => jumpToBurst(1);
    case 'Home':
      return () => seek(0);
    case 'End':
      return () => seek(end);
    case '+':
    case '=':
      return () => setSpeed(nextSpeed(speed, 1));
    case '-':
      return () => setSpeed(nextSpeed(speed, -1));
    case '?':
      return toggleHelp;
  }
  return undefined;
}

export function useKeyboard(toggleHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea')) return;
      const action = keyAction(e, toggleHelp);
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleHelp]);
}
