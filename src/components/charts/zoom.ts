// The shared x range on a chart. A drag on any chart writes it (playback/view.ts); every chart
// applies it, so the charts and the overview stay aligned without talking to each other.
import type uPlot from 'uplot';
import { MIN_SPAN_S, setZoom, view } from '../../playback/view';
import { formatClock } from './timeAxis';

/** Drags narrower than this are clicks (seek), not zooms. */
export const MIN_DRAG_PX = 4;

/** Shows the stored range on one chart, clamped to its data; a range from another day shows the whole day. */
export function applyZoom(u: uPlot): void {
  const xs = u.data[0];
  const first = xs[0];
  const last = xs[xs.length - 1];
  if (first === undefined || last === undefined) return;
  const range = view.getState().range;
  const overlaps = range !== null && range.max > first && range.min < last;
  u.setScale(
    'x',
    overlaps ? { min: Math.max(range.min, first), max: Math.min(range.max, last) } : { min: first, max: last },
  );
}

/** A drag across a chart becomes the shared range (at least MIN_SPAN_S wide); the selection box goes. */
export function zoomToSelection(u: uPlot): void {
  const { left, width } = u.select;
  if (width >= MIN_DRAG_PX) {
    const min = u.posToVal(left, 'x');
    const max = u.posToVal(left + width, 'x');
    const mid = (min + max) / 2;
    setZoom(max - min >= MIN_SPAN_S ? { min, max } : { min: mid - MIN_SPAN_S / 2, max: mid + MIN_SPAN_S / 2 });
  }
  u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
}

/** Drag-select sets the shared range (uPlot's own zoom is off), double-click resets it. */
export function zoomPlugin(): uPlot.Plugin {
  let unsubscribe = () => {};
  return {
    hooks: {
      ready: (u) => {
        if (view.getState().range) applyZoom(u);
        unsubscribe = view.subscribe((state, before) => state.range !== before.range && applyZoom(u));
        u.over.addEventListener('dblclick', () => setZoom(null));
      },
      setSelect: (u) => zoomToSelection(u),
      // the range shown, as IST times on the chart's element: what a test (or a reader of the DOM) sees
      setScale: (u, key) => {
        const { min, max } = u.scales.x ?? {};
        const host = u.root.parentElement;
        if (key !== 'x' || !host || min === undefined || max === undefined) return;
        host.dataset.from = formatClock(Math.round(min));
        host.dataset.to = formatClock(Math.round(max));
      },
      destroy: () => unsubscribe(),
    },
  };
}
