// What the three charts share: axes of equal width (so their x positions line up under a synced
// cursor), the IST time axis, fonts and the legend set-up.
import uPlot from 'uplot';
import { DASH, indianNumber } from '../../format';
import { RIBBON_ROOM, regimeRibbon } from './regimes';
import type { Palette } from './theme';
import { formatClock, timeAxisValues, utcTzDate } from './timeAxis';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

const FONT_FAMILY = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
const AXIS_FONT = `10px ${FONT_FAMILY}`;
/** Every chart's y axis has this width: keep in step with the legend offset in charts.css. */
const Y_AXIS_SIZE = 64;
const X_AXIS_SIZE = 20;

/** A legend number formatter, grouped the Indian way (1,23,450.25), that shows a dash for NULL. */
export const fixed =
  (decimals: number, scale = 1) =>
  (value: number | null | undefined): string =>
    value == null || Number.isNaN(value) ? DASH : indianNumber(value * scale, decimals);

/** The time axis; `room` CSS pixels between the plot and the labels are left for a ribbon. Without
 * labels only the grid's time lines remain: the stack's bottom chart labels the shared axis. */
export function xAxis(p: Palette, room = 0, labels = true): uPlot.Axis {
  const grid = { stroke: p.grid, width: 1 };
  if (!labels) return { stroke: p.muted, size: 2, space: 64, values: () => [], grid, ticks: { show: false } };
  return {
    stroke: p.muted,
    font: AXIS_FONT,
    size: X_AXIS_SIZE + room,
    gap: 3 + room,
    space: 64,
    values: timeAxisValues,
    grid,
    ticks: { stroke: p.grid, width: 1, size: 3 },
  };
}

/** Enough decimals to show the tick step exactly (0.25 -> 2), no more. */
function decimalsFor(increment: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const shifted = increment * 10 ** decimals;
    if (Math.abs(shifted - Math.round(shifted)) < 1e-6) return decimals;
  }
  return 6;
}

/** A y axis whose labels are value * scale (e.g. 1e4 for basis points). */
export function yAxis(p: Palette, scale = 1): uPlot.Axis {
  return {
    stroke: p.muted,
    font: AXIS_FONT,
    size: Y_AXIS_SIZE,
    gap: 4,
    space: 24,
    values: (_u, splits, _axis, _space, increment) => {
      const decimals = decimalsFor(increment * scale);
      return splits.map((value) => indianNumber(value * scale, decimals));
    },
    grid: { stroke: p.grid, width: 1 },
    ticks: { stroke: p.grid, width: 1, size: 3 },
  };
}

export function timeSeries(): uPlot.Series {
  return { label: 'Time', value: (_u, value) => (value == null ? DASH : formatClock(value)) };
}

export function line(label: string, stroke: string, format: (v: number) => string, extra?: uPlot.Series) {
  return {
    label,
    stroke,
    width: 1,
    spanGaps: false,
    points: { show: false },
    value: (_u: uPlot, value: number) => format(value),
    ...extra,
  } satisfies uPlot.Series;
}

/** A sparse series' line: it holds each value until the next observation (a step, not a slope). */
export const STEPS: uPlot.Series.PathBuilder | undefined = uPlot.paths.stepped?.({ align: 1 });

/** A sparse series' observations: a dot at each non-null value, no line, kept out of the legend. */
export function dots(label: string, colour: string, format: (v: number) => string): uPlot.Series {
  return line(label, colour, format, {
    paths: () => null,
    points: { show: true, size: 4, width: 1, stroke: colour, fill: colour },
    class: 'mt-no-legend',
  });
}

interface Parts {
  series: uPlot.Series[];
  /** y labels show value * yScale */
  yScale?: number;
  x?: uPlot.Series;
  yRange?: uPlot.Scale['range'];
  bands?: uPlot.Band[];
  plugins?: uPlot.Plugin[];
  /** Room under the plot for the regime ribbon (regimes.ts). */
  ribbon?: boolean;
  /** false: no time labels (a chart stacked above the one that shows them). */
  timeLabels?: boolean;
}

export function chartOptions(p: Palette, parts: Parts): ChartOptions {
  return {
    tzDate: utcTzDate,
    padding: [8, 14, 0, 0],
    scales: { x: { time: true }, y: parts.yRange ? { range: parts.yRange } : {} },
    series: [parts.x ?? timeSeries(), ...parts.series],
    bands: parts.bands,
    axes: [xAxis(p, parts.ribbon ? RIBBON_ROOM : 0, parts.timeLabels ?? true), yAxis(p, parts.yScale)],
    legend: { live: true },
    cursor: { y: false, points: { size: 5 } },
    plugins: parts.ribbon ? [...(parts.plugins ?? []), regimeRibbon()] : parts.plugins,
  };
}
