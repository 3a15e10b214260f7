// The overview's navigator: the shared range drawn as a box over the whole day. Dragging the box
// pans every chart, dragging an edge resizes it, dragging elsewhere draws a new one; with follow on,
// a playhead that leaves the range turns the page. All of it writes playback/view, never React.
import type uPlot from 'uplot';
import { playback } from '../../playback/store';
import { MIN_SPAN_S, pageTo, setZoom, slideTo, view, type XRange } from '../../playback/view';
import { zoomToSelection } from './zoom';

type Grip = 'move' | 'left' | 'right';

function dayOf(u: uPlot): { first: number; last: number } | null {
  const xs = u.data[0];
  const first = xs[0];
  const last = xs[xs.length - 1];
  return first === undefined || last === undefined ? null : { first, last };
}

/** The range after a drag of dx seconds that started on `grip` of `start`. */
function dragged(start: XRange, grip: Grip, dx: number, first: number, last: number): XRange {
  if (grip === 'move') return slideTo(start, start.min + dx, first, last);
  if (grip === 'left')
    return { min: Math.max(first, Math.min(start.min + dx, start.max - MIN_SPAN_S)), max: start.max };
  return { min: start.min, max: Math.min(last, Math.max(start.max + dx, start.min + MIN_SPAN_S)) };
}

/** Whether a mouse button is held on a chart or the overview: the view then stays as the hand puts it. */
let held = false;
let watchingPointer = false;
function watchPointer(): void {
  if (watchingPointer) return;
  watchingPointer = true;
  const update = (e: PointerEvent) => {
    held = e.type === 'pointerdown' && e.target instanceof Element && e.target.closest('.mt-chart') !== null;
  };
  window.addEventListener('pointerdown', update, true);
  window.addEventListener('pointerup', update, true);
  window.addEventListener('pointercancel', update, true);
}

/** A handle just outside one edge of the box: the box itself, however narrow, is all for panning. */
function handle(grip: 'left' | 'right'): HTMLElement {
  const element = document.createElement('div');
  element.className = `mt-zoom-grip ${grip}`;
  element.dataset.grip = grip;
  return element;
}

export function zoomWindowPlugin(): uPlot.Plugin {
  const box = document.createElement('div');
  box.className = 'mt-zoom-window';
  box.dataset.testid = 'zoom-window';
  box.append(handle('left'), handle('right'));
  const cleanups: (() => void)[] = [];

  const place = (u: uPlot) => {
    const day = dayOf(u);
    if (!day) return;
    const range = view.getState().range ?? { min: day.first, max: day.last };
    const left = u.valToPos(Math.max(range.min, day.first), 'x');
    const right = u.valToPos(Math.min(range.max, day.last), 'x');
    box.style.left = `${left}px`;
    box.style.width = `${Math.max(2, right - left)}px`;
    // the whole day: only the handles take a press; the rest of the overview seeks and selects
    box.classList.toggle('whole', view.getState().range === null);
  };

  const startDrag = (u: uPlot, e: PointerEvent) => {
    const day = dayOf(u);
    if (!day || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    const grip = ((e.target as HTMLElement).dataset.grip ?? 'move') as Grip;
    const start = view.getState().range ?? { min: day.first, max: day.last };
    const fromX = e.clientX;
    const secondsPerPx = (day.last - day.first) / Math.max(1, u.over.clientWidth);
    box.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) =>
      setZoom(dragged(start, grip, (m.clientX - fromX) * secondsPerPx, day.first, day.last));
    const end = () => {
      box.removeEventListener('pointermove', move);
      box.removeEventListener('pointerup', end);
      box.removeEventListener('pointercancel', end);
    };
    box.addEventListener('pointermove', move);
    box.addEventListener('pointerup', end);
    box.addEventListener('pointercancel', end);
  };

  const follow = (u: uPlot) => {
    const day = dayOf(u);
    const { range, follow: on } = view.getState();
    if (!day || !on || range === null || held) return;
    const page = pageTo(range, day.first + Math.floor(playback.getState().position), day.first, day.last);
    if (page) setZoom(page);
  };

  return {
    hooks: {
      ready: (u) => {
        watchPointer();
        u.over.appendChild(box);
        place(u);
        box.addEventListener('pointerdown', (e) => startDrag(u, e));
        // a press on the box is no click on the overview (which seeks), and its double-click no
        // double-click there (which would undo a seek): it shows the whole day, nothing else
        for (const type of ['mousedown', 'mouseup'] as const) box.addEventListener(type, (e) => e.stopPropagation());
        box.addEventListener('dblclick', (e) => {
          e.stopPropagation();
          setZoom(null);
        });
        u.over.addEventListener('dblclick', () => setZoom(null));
        cleanups.push(
          view.subscribe(() => place(u)),
          playback.subscribe((state, before) => {
            if (Math.floor(state.position) !== Math.floor(before.position)) follow(u);
          }),
        );
      },
      setSize: (u) => place(u),
      setScale: (u, key) => key === 'x' && place(u),
      setSelect: zoomToSelection,
      destroy: () => {
        for (const cleanup of cleanups.splice(0)) cleanup();
      },
    },
  };
}
