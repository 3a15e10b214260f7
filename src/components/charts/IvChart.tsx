import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import type { EventKind } from '../../playback/eventKinds';
import { useShownKinds } from '../../store/selectors';
import { column, nullable } from './data';
import { type ChartOptions, chartOptions, fixed, line } from './layout';
import { annotate, annotations, burstShading, type EventMark, eventLanes, toSpans } from './overlays';
import { type ChartProps, eventMarks } from './SpotChart';
import type { Palette } from './theme';
import { withAlpha } from './theme';
import { UPlotChart } from './UPlotChart';

// IV is a fraction (0.12); traders read vol points (12.00)
const volPoints = fixed(2, 100);
const FEAR_KINDS: readonly EventKind[] = ['fear', 'upside_vol_bid'];

/** The 0.5% and 99.5% points of the day's ATM IV: near an expiry instant T goes to 0 and the IV
 * of a last-minute quote can reach hundreds of points, which would flatten the rest of the day. */
function usualRange(iv: Float64Array): [number, number] | undefined {
  const values = iv.filter(Number.isFinite).sort();
  if (values.length < 2) return undefined;
  const at = (q: number) => values[Math.floor(q * (values.length - 1))] ?? Number.NaN;
  return [at(0.005), at(0.995)];
}

/** The visible data's range inside the usual one; zoomed onto values outside it, their own range. */
const clippedRange: uPlot.Range.Function = (u, min, max) => {
  const clip = annotations(u).yClip;
  const [lo, hi] =
    clip && min < clip[1] && max > clip[0] ? [Math.max(min, clip[0]), Math.min(max, clip[1])] : [min, max];
  const pad = Math.max((hi - lo) * 0.06, 1e-4);
  return [lo - pad, hi + pad];
};

function ivOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    yRange: clippedRange,
    timeLabels: false,
    yScale: 100,
    series: [
      line('ATM IV', withAlpha(p.rv120, 0.55), volPoints),
      line('IV smooth', p.rv120, volPoints, { width: 1.25 }),
    ],
    plugins: [burstShading(p, 0.12, false), eventLanes()],
  });
}

function ivData(result: BurstResult, marks: EventMark[]): uPlot.AlignedData {
  const { features } = result;
  const lines = ['atm_iv', 'iv_smooth'].map((name) => nullable(column(features, name)));
  return annotate([column(features, 'time'), ...lines], {
    bursts: toSpans(result.bursts),
    events: marks,
    yClip: usualRange(column(features, 'atm_iv')),
  });
}

/** The ATM implied volatility at the forward (spec 10), raw and smoothed, with fear spikes and
 * upside vol bids in lanes along the bottom. */
export function IvChart({ result, palette }: ChartProps) {
  const shown = useShownKinds();
  const options = useMemo(() => ivOptions(palette), [palette]);
  const marks = useMemo(() => (palette ? eventMarks(result, shown, FEAR_KINDS) : []), [result, shown, palette]);
  const data = useMemo(() => ivData(result, marks), [result, marks]);
  return (
    <UPlotChart
      testId="iv-chart"
      label="ATM implied volatility in vol points, raw and smoothed, with fear spikes"
      options={options}
      data={data}
      events={FEAR_KINDS.map((kind, lane) => `${kind}:${marks.filter((m) => m.lane === lane).length}`).join(' ')}
    />
  );
}
