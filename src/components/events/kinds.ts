// How each kind of event reads on screen: its name, what its size means, and its colour (a CSS
// custom property, so that each theme sets it).
import type { EventKind } from '../../playback/eventKinds';

export const KIND_LABEL: Record<EventKind, string> = {
  burst: 'burst',
  vacuum: 'vacuum',
  sweep: 'sweep',
  pull: 'pull',
  fear: 'fear',
  upside_vol_bid: 'upside vol bid',
  chop: 'chop',
};

/** What an event's size is, by kind (see event_rows.sql). */
export const KIND_MEANING: Record<EventKind, string> = {
  burst: 'spot move, points',
  vacuum: 'depth drop, %, nobody traded it away',
  sweep: 'depth drop, %, traded through',
  pull: 'level-0 quantity pulled at an unchanged price, %',
  fear: 'ATM IV rise on a falling or flat market, vol points',
  upside_vol_bid: 'ATM IV rise on a rising market, vol points',
  chop: 'spot range of the pocket, points',
};

export const kindColour = (kind: EventKind): string => `var(--ev-${kind.replaceAll('_', '-')})`;

/** The colours as the canvas needs them (a canvas cannot read var()): resolved from the stylesheet. */
export function resolvedKindColours(kinds: readonly EventKind[]): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(
    kinds.map((kind) => [kind, style.getPropertyValue(`--ev-${kind.replaceAll('_', '-')}`).trim() || '#888']),
  );
}
