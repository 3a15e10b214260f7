// The visible time range, shared by every chart and the overview, and whether it follows the
// playhead. Like the clock it lives outside React: a zoom or a page moves canvases, not components.
// Ranges are in chart x units (epoch seconds); null is the whole day.
import { createStore } from 'zustand/vanilla';

export interface XRange {
  min: number;
  max: number;
}

const FOLLOW_KEY = 'market-truth.follow';

export const view = createStore<{ range: XRange | null; follow: boolean }>()(() => ({
  range: null,
  follow: globalThis.localStorage?.getItem(FOLLOW_KEY) !== 'off',
}));

export function setZoom(range: XRange | null): void {
  view.setState({ range });
}

export function setFollow(follow: boolean): void {
  globalThis.localStorage?.setItem(FOLLOW_KEY, follow ? 'on' : 'off');
  view.setState({ follow });
}

/** Zooming closer than this many seconds shows nothing useful. */
export const MIN_SPAN_S = 10;
/** Where a page puts the playhead: this share of the range from its left edge (or right, going back). */
const PAGE_LEAD = 0.1;

/** The range moved (not resized) so that it starts at min, kept inside the day [first, last]. */
export function slideTo(range: XRange, min: number, first: number, last: number): XRange {
  const span = range.max - range.min;
  const start = Math.min(Math.max(min, first), Math.max(first, last - span));
  return { min: start, max: start + span };
}

/**
 * The page that shows x, as a trading screen's replay turns them: past the right edge the new
 * range starts just before x, before the left edge it ends just after it. null when x is in view.
 */
export function pageTo(range: XRange, x: number, first: number, last: number): XRange | null {
  if (x >= range.min && x <= range.max) return null;
  const span = range.max - range.min;
  const min = x > range.max ? x - span * PAGE_LEAD : x - span * (1 - PAGE_LEAD);
  return slideTo(range, min, first, last);
}

/** A burst with a margin on either side (its own length, at least a minute), so its run-up shows. */
export function frame(start: number, end: number, first: number, last: number): XRange {
  const margin = Math.max(60, end - start);
  return { min: Math.max(first, start - margin), max: Math.min(last, end + margin) };
}
