// Keeps the URL on the dataset, second and speed being shown, so that a reload or a shared
// link returns to the same moment. While playing it writes at most once a second.
import { DEFAULT_SESSION, secondOfDay, timeOfDay } from '../pipeline/market';
import { useAppStore } from '../store/appStore';
import { writeUrlState } from '../store/persisted';
import { playback } from './store';

export function startUrlSync(): () => void {
  let lastWrite = 0;
  const write = () => {
    const { selectedKey, status } = useAppStore.getState();
    if (status !== 'ready' || !selectedKey) return;
    const { position, speed } = playback.getState();
    const time = timeOfDay(secondOfDay(DEFAULT_SESSION.open) + Math.floor(position));
    writeUrlState({ dataset: selectedKey, time, speed });
    lastWrite = performance.now();
  };
  const offClock = playback.subscribe((state, previous) => {
    const moved = Math.floor(state.position) !== Math.floor(previous.position);
    if (state.speed !== previous.speed || state.playing !== previous.playing) write();
    else if (moved && (!state.playing || performance.now() - lastWrite > 1000)) write();
  });
  const offStore = useAppStore.subscribe((state, previous) => {
    if (state.status === 'ready' && (previous.status !== 'ready' || state.selectedKey !== previous.selectedKey))
      write();
  });
  return () => {
    offClock();
    offStore();
  };
}
