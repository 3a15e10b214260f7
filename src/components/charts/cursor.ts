// The playhead: a div in the plot's overlay moved with a transform, never a canvas redraw, so that
// at 600x (10 s a frame) a frame costs three style writes and no React render. A click seeks; a
// double-click (which resets the zoom) leaves the playhead where it was before its first click.
// While the mouse is on no chart, the legends read the playhead's second.
import uPlot from 'uplot';
import { playback, seek } from '../../playback/store';
import { MIN_DRAG_PX } from './zoom';

/** Whether the mouse is over a chart: then the (synced) legends follow it, not the playhead. */
let hovering = false;
const legendsAtPlayhead = new Set<() => void>();

export function playheadPlugin({ legend }: { legend: boolean }): uPlot.Plugin {
  const line = document.createElement('div');
  line.className = 'mt-playhead';
  let second = Math.floor(playback.getState().position);
  let shown = true;
  let unsubscribe = () => {};
  let atPlayhead = () => {};

  // the data are one row per second from the open, so the playhead's second is its row
  const showLegend = (u: uPlot) => {
    if (legend && !hovering && u.data[0].length > 0) u.setLegend({ idx: Math.min(second, u.data[0].length - 1) });
  };

  const place = (u: uPlot) => {
    showLegend(u);
    const first = u.data[0][0];
    const x = first === undefined ? Number.NaN : u.valToPos(first + second, 'x');
    const inside = Number.isFinite(x) && x >= 0 && x <= u.bbox.width / uPlot.pxRatio;
    if (inside) line.style.transform = `translateX(${x}px)`;
    if (inside !== shown) {
      shown = inside;
      line.style.display = inside ? '' : 'none';
    }
  };

  let downX = Number.NaN;
  let downY = Number.NaN;
  // the playhead before a single click's seek, and the seek's target: the double-click that the
  // click turns out to begin undoes the move; any other press forgets it
  let undo: { before: number; landed: number } | null = null;
  const seekOnClick = (u: uPlot, e: MouseEvent) => {
    const first = u.data[0][0];
    // NaN (no left-button press on this chart) fails the comparison, so it is no click either
    const still = Math.abs(e.clientX - downX) < MIN_DRAG_PX && Math.abs(e.clientY - downY) < MIN_DRAG_PX;
    if (first === undefined || !still || e.detail > 1) return;
    const x = e.clientX - u.over.getBoundingClientRect().left;
    const before = playback.getState().position;
    seek(Math.round(u.posToVal(x, 'x')) - first);
    undo = { before, landed: playback.getState().position };
  };
  // while playing the clock has moved on since the click: keep that progress
  const undoClick = () => {
    if (undo) seek(undo.before + (playback.getState().position - undo.landed));
    undo = null;
  };

  return {
    hooks: {
      ready: (u) => {
        u.over.appendChild(line);
        if (legend) {
          atPlayhead = () => showLegend(u);
          legendsAtPlayhead.add(atPlayhead);
          u.over.addEventListener('mouseenter', () => {
            hovering = true;
          });
          u.over.addEventListener('mouseleave', () => {
            hovering = false;
            // after uPlot's own leave handling, which blanks the legend
            requestAnimationFrame(() => {
              for (const show of legendsAtPlayhead) show();
            });
          });
        }
        second = Math.floor(playback.getState().position);
        place(u);
        unsubscribe = playback.subscribe((state) => {
          const next = Math.floor(state.position);
          if (next === second) return;
          second = next;
          place(u);
        });
        u.over.addEventListener('mousedown', (e) => {
          downX = e.button === 0 ? e.clientX : Number.NaN;
          downY = e.clientY;
          if (e.detail <= 1) undo = null;
        });
        u.over.addEventListener('mouseup', (e) => seekOnClick(u, e));
        u.over.addEventListener('dblclick', undoClick);
      },
      setScale: (u, key) => {
        if (key === 'x') place(u);
      },
      setSize: (u) => place(u),
      destroy: () => {
        unsubscribe();
        legendsAtPlayhead.delete(atPlayhead);
      },
    },
  };
}
