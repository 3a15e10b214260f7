// Going to a burst: the playhead to its start and the charts framed on it, from the table, the
// buttons or the `[`/`]` keys alike.
import type { Rows } from '../pipeline/columns';
import { playback, seek } from '../playback/store';
import { frame, setZoom } from '../playback/view';
import { useAppStore } from '../store/appStore';

export function showBurst(burst: Rows[number]): void {
  const time = useAppStore.getState().result?.features.time;
  const first = time?.[0];
  const last = time?.[time.length - 1];
  if (first === undefined || last === undefined) return;
  const start = burst.start_time as number;
  seek(start - first);
  setZoom(frame(start, burst.end_time as number, first, last));
}

/** Shows the next (1) or previous (-1) burst from the current second. */
export function jumpToBurst(direction: 1 | -1): void {
  const result = useAppStore.getState().result;
  if (!result) return;
  const now = (result.features.time?.[0] ?? 0) + Math.floor(playback.getState().position);
  const starts = (b: Rows[number]) => b.start_time as number;
  const target =
    direction > 0 ? result.bursts.find((b) => starts(b) > now) : result.bursts.filter((b) => starts(b) < now).at(-1);
  if (target) showBurst(target);
}
