// Canvas annotations: burst spans, stale-spot stretches, ATM strike switches. They travel with the
// aligned data they belong to (see annotate), so one setData redraws series and annotations together;
// they are drawn in uPlot's draw hooks, which run on a redraw (data, zoom, resize), never per frame.
import uPlot from 'uplot';
import { ARROW } from '../../format';
import type { Rows } from '../../pipeline/columns';
import type { RegimeSpan } from './regimes';
import type { Palette } from './theme';

export type Direction = 'up' | 'down' | 'flat';

export interface Span {
  start: number;
  end: number;
  direction: Direction;
}

export interface AtmChange {
  time: number;
  strike: number;
}

/** An event drawn in its kind's lane: lane 0 lies along the plot's bottom edge. */
export interface EventMark {
  start: number;
  end: number;
  lane: number;
  colour: string;
}

export interface Annotations {
  bursts?: Span[];
  regimes?: RegimeSpan[];
  events?: EventMark[];
  stale?: Span[];
  atm?: AtmChange[];
  atmStrike?: Float64Array;
  /** Where the y axis stops even if the data go further (a chart's few wild values). */
  yClip?: [number, number];
}

const annotationsOf = new WeakMap<uPlot.AlignedData, Annotations>();

/** Attaches annotations to an aligned data array (uPlot keeps the array itself as u.data). */
export function annotate(data: uPlot.AlignedData, annotations: Annotations): uPlot.AlignedData {
  annotationsOf.set(data, annotations);
  return data;
}

export const annotations = (u: uPlot): Annotations => annotationsOf.get(u.data) ?? {};

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

export function toSpans(rows: Rows): Span[] {
  return rows
    .map((row) => {
      const d = row.direction;
      const direction: Direction = d === 'up' || d === 'down' ? d : 'flat';
      return { start: num(row.start_time), end: num(row.end_time), direction };
    })
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end));
}

export function toAtmChanges(rows: Rows): AtmChange[] {
  return rows
    .map((row) => ({ time: num(row.time), strike: num(row.atm_strike) }))
    .filter((c) => Number.isFinite(c.time));
}

const xRange = (u: uPlot): { min?: number; max?: number } => u.scales.x ?? {};

type Box = { left: number; top: number; width: number; height: number };

/** Runs draw inside the plotting area's clip, with the canvas state restored afterwards. */
function inPlot(u: uPlot, draw: (ctx: CanvasRenderingContext2D, box: Box) => void): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  draw(ctx, bbox);
  ctx.restore();
}

/** Canvas x of each visible span's edges; a span is at least minPx CSS pixels (one device pixel) wide. */
function eachVisible(u: uPlot, spans: Span[], fn: (x0: number, x1: number, span: Span) => void, minPx = 0): void {
  const { min, max } = xRange(u);
  if (min === undefined || max === undefined) return;
  for (const span of spans) {
    if (span.end < min || span.start > max) continue;
    const x0 = u.valToPos(span.start, 'x', true);
    const x1 = Math.max(u.valToPos(span.end, 'x', true), x0 + Math.max(1, minPx) * uPlot.pxRatio);
    fn(x0, x1, span);
  }
}

/** Burst spans shaded by direction; with arrows, a ▲/▼ at the top of each so colour is not the only cue.
 * minPx keeps a short burst visible on a long axis (the overview). */
export function burstShading(p: Palette, alpha: number, arrows: boolean, minPx = 0): uPlot.Plugin {
  const colour: Record<Direction, string> = { up: p.up, down: p.down, flat: p.muted };
  const shade = (u: uPlot) => {
    const spans = annotations(u).bursts;
    if (!spans?.length) return;
    inPlot(u, (ctx, box) => {
      ctx.globalAlpha = alpha;
      eachVisible(
        u,
        spans,
        (x0, x1, span) => {
          ctx.fillStyle = colour[span.direction];
          ctx.fillRect(x0, box.top, x1 - x0, box.height);
        },
        minPx,
      );
    });
  };
  const mark = (u: uPlot) => {
    const spans = annotations(u).bursts;
    if (!spans?.length) return;
    const size = Math.round(9 * uPlot.pxRatio);
    inPlot(u, (ctx, box) => {
      ctx.font = `${size}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      let lastX = Number.NEGATIVE_INFINITY;
      eachVisible(u, spans, (x0, x1, span) => {
        const x = (x0 + x1) / 2;
        if (x - lastX < size) return; // neighbours would overprint: the shading still shows them
        lastX = x;
        ctx.fillStyle = colour[span.direction];
        ctx.fillText(ARROW[span.direction] ?? '', x, box.top + 2 * uPlot.pxRatio);
      });
    });
  };
  return { hooks: arrows ? { drawClear: shade, draw: mark } : { drawClear: shade } };
}

/** Events of the kinds shown as bars in lanes along the bottom of the plot, one lane per kind. */
export function eventLanes(): uPlot.Plugin {
  const draw = (u: uPlot) => {
    const marks = annotations(u).events;
    if (!marks?.length) return;
    const px = uPlot.pxRatio;
    inPlot(u, (ctx, box) => {
      ctx.globalAlpha = 0.9;
      const spans = marks.map((m) => ({ start: m.start, end: m.end, direction: 'flat' as Direction, mark: m }));
      eachVisible(
        u,
        spans,
        (x0, x1, span) => {
          const { lane, colour } = (span as (typeof spans)[number]).mark;
          ctx.fillStyle = colour;
          ctx.fillRect(x0, box.top + box.height - (lane + 1) * 4 * px, x1 - x0, 3 * px);
        },
        2,
      );
    });
  };
  return { hooks: { draw } };
}

function hatchPattern(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  const step = Math.round(6 * uPlot.pxRatio);
  const tile = document.createElement('canvas');
  tile.width = tile.height = step;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = colour;
  t.lineWidth = uPlot.pxRatio;
  t.beginPath();
  t.moveTo(0, step);
  t.lineTo(step, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}

/** Stretches where spot was not observed: a hatched band behind the (dashed) carried-forward line. */
export function staleHatching(p: Palette): uPlot.Plugin {
  let pattern: CanvasPattern | null = null;
  const draw = (u: uPlot) => {
    const spans = annotations(u).stale;
    if (!spans?.length) return;
    pattern ??= hatchPattern(u.ctx, p.stale);
    inPlot(u, (ctx, box) => {
      eachVisible(u, spans, (x0, x1) => {
        ctx.globalAlpha = 0.1;
        ctx.fillStyle = p.stale;
        ctx.fillRect(x0, box.top, x1 - x0, box.height);
        ctx.globalAlpha = 0.45;
        ctx.fillStyle = pattern ?? p.stale;
        ctx.fillRect(x0, box.top, x1 - x0, box.height);
      });
    });
  };
  return { hooks: { drawClear: draw } };
}

/** ATM strike switches: short ticks on the bottom edge labelled with the new strike (spot chart), or
 * dotted lines through the plot (option chart, where the quoted instrument changes), which fall back
 * to ticks when the switches are too dense for lines to stay readable. */
export function atmMarks(p: Palette, style: 'ticks' | 'lines'): uPlot.Plugin {
  const draw = (u: uPlot) => {
    const { min, max } = xRange(u);
    if (min === undefined || max === undefined) return;
    const changes = (annotations(u).atm ?? []).filter((c) => c.time >= min && c.time <= max);
    if (!changes.length) return;
    const px = uPlot.pxRatio;
    const labelled = style === 'ticks';
    const lines = style === 'lines' && changes.length * 12 * px < u.bbox.width;
    inPlot(u, (ctx, box) => {
      const bottom = box.top + box.height;
      ctx.strokeStyle = lines ? p.muted : p.fg;
      ctx.fillStyle = p.muted;
      ctx.lineWidth = px;
      ctx.globalAlpha = lines ? 0.6 : 0.75;
      ctx.font = `${Math.round(9 * px)}px sans-serif`;
      ctx.textAlign = 'left'; // uPlot leaves the axes' alignment on the context
      ctx.textBaseline = 'bottom';
      ctx.setLineDash(lines ? [2 * px, 3 * px] : []); // the context may still hold a series dash
      let lastLabel = Number.NEGATIVE_INFINITY;
      ctx.beginPath();
      for (const change of changes) {
        const x = Math.round(u.valToPos(change.time, 'x', true)) + 0.5;
        ctx.moveTo(x, lines ? box.top : bottom - 6 * px);
        ctx.lineTo(x, bottom);
        if (labelled && x - lastLabel > 44 * px && Number.isFinite(change.strike)) {
          const text = String(change.strike);
          const width = ctx.measureText(text).width;
          // near the right edge the label goes to the tick's left rather than being clipped
          const textX = x + 2 * px + width > box.left + box.width ? x - 2 * px - width : x + 2 * px;
          ctx.fillText(text, textX, bottom - 2 * px);
          lastLabel = x;
        }
      }
      ctx.stroke();
    });
  };
  return { hooks: style === 'ticks' ? { draw } : { drawClear: draw } };
}
