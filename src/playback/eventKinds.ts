// Which kinds of event the screen shows (the events list, the chart lanes, `[`/`]`): a display
// choice kept in this browser, outside React like the view it filters.
import { createStore } from 'zustand/vanilla';

export const EVENT_KINDS = ['burst', 'vacuum', 'sweep', 'pull', 'fear', 'upside_vol_bid', 'chop'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const KEY = 'market-truth.event-kinds';

function kept(): readonly EventKind[] {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null');
    if (Array.isArray(stored)) return EVENT_KINDS.filter((kind) => stored.includes(kind));
  } catch {
    // unreadable: every kind, as on a first visit
  }
  return EVENT_KINDS;
}

export const eventKinds = createStore<{ shown: readonly EventKind[] }>()(() => ({ shown: kept() }));

export function toggleKind(kind: EventKind): void {
  const { shown } = eventKinds.getState();
  const next = shown.includes(kind)
    ? shown.filter((k) => k !== kind)
    : EVENT_KINDS.filter((k) => k === kind || shown.includes(k));
  globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  eventKinds.setState({ shown: next });
}
