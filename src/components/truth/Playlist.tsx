import { useState } from 'react';
import { clockTime } from '../../format';
import type { Rows } from '../../pipeline/columns';
import type { StudiedDay } from '../../pipeline/truthActions';
import type { EventKind } from '../../playback/eventKinds';
import { playEvent } from '../eventNavigation';
import { KIND_LABEL } from '../events/kinds';

export interface CellPlace {
  dte: string;
  tod: string;
  regime: string;
}

export interface Entry {
  day: StudiedDay;
  event: Rows[number];
}

/** The events behind a cell across the days, by day and start. */
export function cellEvents(days: readonly StudiedDay[], cell: CellPlace, kinds: readonly EventKind[] | null): Entry[] {
  return days.flatMap((day) =>
    day.truth.events
      .filter(
        (e) =>
          e.dte_bucket === cell.dte &&
          e.tod_bucket === cell.tod &&
          (cell.regime === 'all' || e.regime_in === cell.regime) &&
          (!kinds || kinds.includes(e.kind as EventKind)),
      )
      .map((event) => ({ day, event })),
  );
}

/** Epoch milliseconds (a row's timestamp) as epoch seconds. */
export const seconds = (ms: unknown) => Number(ms) / 1000;

/** Every event behind a cell, across the days; a click, or previous/next, plays it on its day. */
export function Playlist({ entries }: { entries: readonly Entry[] }) {
  const [at, setAt] = useState(-1);
  const play = (i: number) => {
    const entry = entries[i];
    if (!entry) return;
    setAt(i);
    const { event } = entry;
    void playEvent(entry.day.key, { start_time: seconds(event.start_ts), end_time: seconds(event.end_ts) });
  };
  return (
    <div className="playlist">
      <div className="playlist-head">
        <span>
          {entries.length} event{entries.length === 1 ? '' : 's'}
          {at >= 0 && ` · ${at + 1} of ${entries.length}`}
        </span>
        <button
          type="button"
          className="button small"
          data-testid="playlist-previous"
          disabled={at <= 0}
          onClick={() => play(at - 1)}
        >
          ◀ previous
        </button>
        <button
          type="button"
          className="button small"
          data-testid="playlist-next"
          disabled={at >= entries.length - 1}
          onClick={() => play(at + 1)}
        >
          next ▶
        </button>
      </div>
      <ol data-testid="playlist">
        {entries.map(({ day: { key, tradeDate }, event }, i) => {
          const time = clockTime(seconds(event.start_ts));
          return (
            <li
              key={`${key}-${event.kind}-${event.event_id}`}
              data-dataset={key}
              data-ts={`${tradeDate} ${time}`}
              data-kind={event.kind as string}
              className={i === at ? 'active' : undefined}
            >
              <button type="button" className="play" onClick={() => play(i)}>
                {tradeDate} {time} {KIND_LABEL[event.kind as EventKind]}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
