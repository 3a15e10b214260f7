// The shared x range. A drag on any chart writes it; every chart applies it, so the three stay
// aligned without talking to each other. null is the whole day.
import type uPlot from 'uplot';
import { createStore } from 'zustand/vanilla';

export interface XRange {
  min: number;
  max: number;
}

export const zoom = createStore<{ range: XRange | null }>()(() => ({ range: null }));

export function setZoom(range: XRange | null): void {
  zoom.setState({ range });
}

/** Drags narrower than this are clicks (seek), not zooms. */
export const MIN_DRAG_PX = 4;
/** Zooming closer than this many seconds shows nothing useful. */
const MIN_SPAN_S = 10;

/** Shows the stored range on one chart, clamped to its data; a range from another day shows the whole day. */
export function applyZoom(u: uPlot): void {
  const xs = u.data[0];
  const first = xs[0];
  const last = xs[xs.length - 1];
  if (first === undefined || last === undefined) return;
  const range = zoom.getState().range;
  const overlaps = range !== null && range.max > first && range.min < last;
  u.setScale(
    'x',
    overlaps ? { min: Math.max(range.min, first), max: Math.min(range.max, last) } : { min: first, max: last },
  );
}

/** Drag-select sets the shared range (uPlot's own zoom is off), double-click resets it. */
export function zoomPlugin(): uPlot.Plugin {
  let unsubscribe = () => {};
  return {
    hooks: {
      ready: (u) => {
        if (zoom.getState().range) applyZoom(u);
        unsubscribe = zoom.subscribe(() => applyZoom(u));
        u.over.addEventListener('dblclick', () => setZoom(null));
      },
      setSelect: (u) => {
        const { left, width } = u.select;
        if (width >= MIN_DRAG_PX) {
          const min = u.posToVal(left, 'x');
          const max = u.posToVal(left + width, 'x');
          const mid = (min + max) / 2;
          setZoom(max - min >= MIN_SPAN_S ? { min, max } : { min: mid - MIN_SPAN_S / 2, max: mid + MIN_SPAN_S / 2 });
        }
        u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
      },
      destroy: () => unsubscribe(),
    },
  };
}
