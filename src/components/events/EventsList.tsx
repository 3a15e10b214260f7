import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { clockTime, fixed, price } from '../../format';
import type { Rows } from '../../pipeline/columns';
import type { DatasetResult } from '../../pipeline/compute';
import { EVENT_KINDS, type EventKind, eventKinds, toggleKind } from '../../playback/eventKinds';
import { playback } from '../../playback/store';
import { showEvent } from '../eventNavigation';
import { KIND_LABEL, KIND_MEANING, kindColour } from './kinds';

const selectShown = (s: { shown: readonly EventKind[] }) => s.shown;

/** What the list says of an event besides its time and kind. */
function detail(event: Rows[number]): string {
  const size = event.size as number | null;
  switch (event.kind as EventKind) {
    case 'burst':
      return `${price(size ?? Number.NaN)} pts`;
    case 'vacuum':
    case 'sweep':
    case 'pull':
      return `${event.opt_type} ${event.strike} ${event.side} −${fixed(size ?? Number.NaN, 0)}%`;
    case 'fear':
    case 'upside_vol_bid':
      return `IV +${fixed(100 * (size ?? Number.NaN), 2)}`;
    case 'chop':
      return `range ${price(size ?? Number.NaN)}`;
  }
}

/**
 * Which of `events` the playhead is inside, as a key ('3,17,'): the list renders again only when
 * that changes, not at every second of a fast replay (hundreds of rows, up to 60 times a second).
 */
function useActiveEvents(events: Rows, open: number): string {
  const select = useCallback(
    (s: { position: number }) => {
      const now = open + Math.floor(s.position);
      let key = '';
      events.forEach((e, i) => {
        if (now >= (e.start_time as number) && now <= (e.end_time as number)) key += `${i},`;
      });
      return key;
    },
    [events, open],
  );
  return useStore(playback, select);
}

/** Every event of the day by start, filterable by kind; the kind buttons are also the charts' legend. */
export function EventsList({ result }: { result: DatasetResult }) {
  const shown = useStore(eventKinds, selectShown);
  const count = (kind: EventKind) => result.events.filter((e) => e.kind === kind).length;
  const events = useMemo(
    () => result.events.filter((e) => shown.includes(e.kind as EventKind)),
    [result.events, shown],
  );
  const active = new Set(
    useActiveEvents(events, result.features.time?.[0] ?? 0)
      .split(',')
      .filter(Boolean)
      .map(Number),
  );
  return (
    <section className="events">
      <h2>
        Events ({events.length}) <span className="muted">[ and ] jump</span>
      </h2>
      <fieldset className="kinds">
        <legend className="visually-hidden">Kinds of event shown</legend>
        {EVENT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button kind"
            data-testid={`event-kind-${kind}`}
            aria-pressed={shown.includes(kind)}
            title={`${KIND_LABEL[kind]}: ${KIND_MEANING[kind]}`}
            onClick={() => toggleKind(kind)}
          >
            <span className="swatch" style={{ background: kindColour(kind) }} />
            {KIND_LABEL[kind]} {count(kind)}
          </button>
        ))}
      </fieldset>
      <ol data-testid="events-list">
        {events.map((event, i) => {
          const kind = event.kind as EventKind;
          const start = event.start_time as number;
          return (
            <li key={`${kind}-${event.id}`} data-kind={kind} className={active.has(i) ? 'active' : ''}>
              <button type="button" onClick={() => showEvent(event)}>
                <span className="swatch" style={{ background: kindColour(kind) }} />
                <span>{clockTime(start)}</span>
                <span>{KIND_LABEL[kind]}</span>
                <span className="muted">{detail(event)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
