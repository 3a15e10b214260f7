import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { clockTime, fixed, price } from '../../format';
import type { Rows } from '../../pipeline/columns';
import type { DatasetResult } from '../../pipeline/compute';
import { EVENT_KINDS, type EventKind, toggleKind } from '../../playback/eventKinds';
import { playback } from '../../playback/store';
import { useShownKinds } from '../../store/selectors';
import { showEvent } from '../eventNavigation';
import { KIND_LABEL, KIND_MEANING, kindColour } from './kinds';

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
 * Marks the rows of the events the playhead is inside (class `active`), outside React like the
 * charts' playhead: a day can hold thousands of events, and a fast replay changes the set at
 * almost every frame, which re-rendering the list cannot keep up with.
 */
function useActiveRows(list: RefObject<HTMLOListElement | null>, events: Rows, open: number): void {
  useEffect(() => {
    let marked: Element[] = [];
    const mark = (position: number) => {
      const rows = list.current?.children;
      if (!rows) return;
      const now = open + Math.floor(position);
      const active: Element[] = [];
      events.forEach((e, i) => {
        const row = rows[i];
        if (row && now >= (e.start_time as number) && now <= (e.end_time as number)) active.push(row);
      });
      for (const row of marked) if (!active.includes(row)) row.classList.remove('active');
      for (const row of active) row.classList.add('active');
      marked = active;
    };
    mark(playback.getState().position);
    return playback.subscribe((state, before) => {
      if (Math.floor(state.position) !== Math.floor(before.position)) mark(state.position);
    });
  }, [list, events, open]);
}

/** Every event of the day by start, filterable by kind; the kind buttons are also the charts' legend. */
export function EventsList({ result }: { result: DatasetResult }) {
  const shown = useShownKinds();
  const count = (kind: EventKind) => result.events.filter((e) => e.kind === kind).length;
  const events = useMemo(
    () => result.events.filter((e) => shown.includes(e.kind as EventKind)),
    [result.events, shown],
  );
  const list = useRef<HTMLOListElement>(null);
  useActiveRows(list, events, result.features.time?.[0] ?? 0);
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
      <ol data-testid="events-list" ref={list}>
        {events.map((event) => {
          const kind = event.kind as EventKind;
          const start = event.start_time as number;
          return (
            <li key={`${kind}-${event.id}`} data-kind={kind}>
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
