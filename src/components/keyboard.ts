// Trading-screen keys. Reads the store at key time; nothing here renders.
import { useEffect } from 'react';
import { nextSpeed } from '../playback/clock';
import { togglePane } from '../playback/statePane';
import { playback, seek, setPlaying, setSpeed, stepBy } from '../playback/store';
import { setFollow, setZoom, view } from '../playback/view';
import { jumpToEvent } from './eventNavigation';

export const KEYS: [string, string][] = [
  ['Space', 'play / pause'],
  ['← / →', 'back / forward 1 second'],
  ['Shift + ← / →', 'back / forward 1 minute'],
  ['[ / ]', 'previous / next event of the kinds shown, framed'],
  ['F', 'follow the playhead on / off'],
  ['0', 'whole day (reset zoom)'],
  ['L', 'strike ladder / features in the state panel'],
  ['Home / End', 'session open / close'],
  ['+ / −', 'faster / slower'],
  ['?', 'this help'],
  ['Esc', 'close this help'],
];

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
      return () => jumpToEvent(-1);
    case ']':
      return () => jumpToEvent(1);
    case 'Home':
      return () => seek(0);
    case 'End':
      return () => seek(end);
    case '+':
    case '=':
      return () => setSpeed(nextSpeed(speed, 1));
    case '-':
      return () => setSpeed(nextSpeed(speed, -1));
    case 'f':
    case 'F':
      return () => setFollow(!view.getState().follow);
    case '0':
      return () => setZoom(null);
    case 'l':
    case 'L':
      return togglePane;
    case '?':
      return toggleHelp;
  }
  return undefined;
}

export function useKeyboard(toggleHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea')) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return; // the browser's own keys (find, zoom) stay its own
      const action = keyAction(e, toggleHelp);
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleHelp]);
}
