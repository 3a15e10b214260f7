// Spec 12's regimes as a ribbon under a chart's time axis: each minute in its regime's colour, so
// that the day's calm, trends, chop and storms read at a glance, zoomed like the chart above it.
import uPlot from 'uplot';
import type { Rows } from '../../pipeline/columns';
import { annotations } from './overlays';

export const REGIMES = ['trend_up', 'trend_down', 'volatile', 'chop', 'quiet', 'normal', 'no_data', 'warmup'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABEL: Record<Regime, string> = {
  trend_up: 'trend up',
  trend_down: 'trend down',
  volatile: 'volatile',
  chop: 'chop',
  quiet: 'quiet',
  normal: 'normal',
  no_data: 'no data',
  warmup: 'warm-up',
};

export interface RegimeSpan {
  start: number;
  /** Exclusive: the next minute's start. */
  end: number;
  regime: Regime;
}

/** Consecutive minutes of one regime as one span (a few hundred rows: once per result). */
export function toRegimeSpans(rows: Rows): RegimeSpan[] {
  const spans: RegimeSpan[] = [];
  for (const row of rows) {
    const start = Number(row.minute_time);
    const regime = row.regime as Regime;
    const last = spans[spans.length - 1];
    if (last && last.regime === regime && last.end === start) last.end = start + 60;
    else spans.push({ start, end: start + 60, regime });
  }
  return spans;
}

export const regimeVar = (regime: Regime): string => `var(--rg-${regime.replaceAll('_', '-')})`;

/** The colours as the canvas needs them, from the stylesheet (each theme sets them). */
export function resolvedRegimeColours(): Record<Regime, string> {
  const style = getComputedStyle(document.documentElement);
  const read = (r: Regime) => style.getPropertyValue(`--rg-${r.replaceAll('_', '-')}`).trim() || '#888';
  return Object.fromEntries(REGIMES.map((r) => [r, read(r)])) as Record<Regime, string>;
}

/** Room the ribbon takes between the plot's bottom edge and the time labels (CSS pixels). */
export const RIBBON_ROOM = 8;

/** Paints the regime spans in the room under the plot that RIBBON_ROOM leaves above the time labels. */
export function regimeRibbon(): uPlot.Plugin {
  let colours: Record<Regime, string> | null = null;
  const draw = (u: uPlot) => {
    const spans = annotations(u).regimes;
    const { min, max } = u.scales.x ?? {};
    if (!spans?.length || min === undefined || max === undefined) return;
    colours ??= resolvedRegimeColours();
    const px = uPlot.pxRatio;
    const { left, top, width, height } = u.bbox;
    const y = top + height + 2 * px;
    const { ctx } = u;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, y, width, (RIBBON_ROOM - 2) * px);
    ctx.clip();
    for (const span of spans) {
      if (span.end < min || span.start > max) continue;
      const x0 = u.valToPos(span.start, 'x', true);
      const x1 = u.valToPos(span.end, 'x', true);
      ctx.fillStyle = colours[span.regime] ?? '#888';
      ctx.fillRect(x0, y, Math.max(px, x1 - x0), (RIBBON_ROOM - 3) * px);
    }
    ctx.restore();
  };
  // colours are read again after a theme change, which rebuilds the chart and so this plugin
  return { hooks: { draw } };
}
