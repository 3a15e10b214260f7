// Going to an event (a burst, a liquidity event, a fear spike, a chop pocket): the playhead to its
// start and the charts framed on it, from the tables, the buttons or the `[`/`]` keys alike.
import { selectDataset } from '../pipeline/actions';
import type { Rows } from '../pipeline/columns';
import { eventKinds } from '../playback/eventKinds';
import { playback, seek } from '../playback/store';
import { frame, setZoom } from '../playback/view';
import { useAppStore } from '../store/appStore';

/** Shows a row with start_time and end_time (epoch seconds, as the features' time). */
export function showEvent(event: Rows[number]): void {
  const time = useAppStore.getState().result?.features.time;
  const first = time?.[0];
  const last = time?.[time.length - 1];
  if (first === undefined || last === undefined) return;
  const start = event.start_time as number;
  seek(start - first);
  setZoom(frame(start, event.end_time as number, first, last));
}

/** Shows the next (1) or previous (-1) event of the kinds shown, from the current second. */
export function jumpToEvent(direction: 1 | -1): void {
  const result = useAppStore.getState().result;
  if (!result) return;
  const now = (result.features.time?.[0] ?? 0) + Math.floor(playback.getState().position);
  const { shown } = eventKinds.getState();
  const events = result.events.filter((e) => shown.includes(e.kind as never));
  const starts = (e: Rows[number]) => e.start_time as number;
  const target = direction > 0 ? events.find((e) => starts(e) > now) : events.filter((e) => starts(e) < now).at(-1);
  if (target) showEvent(target);
}

/** Opens day `key` (computing it unless it is the one shown) and shows the event there. */
export async function playEvent(key: string, event: Rows[number]): Promise<void> {
  const { selectedKey, status } = useAppStore.getState();
  if (selectedKey !== key || status !== 'ready') await selectDataset(key);
  const now = useAppStore.getState();
  if (now.selectedKey === key && now.status === 'ready') showEvent(event);
}
