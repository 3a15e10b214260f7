import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import { column, nullable } from './data';
import { type ChartOptions, chartOptions, fixed, line } from './layout';
import { annotate, burstShading, toSpans } from './overlays';
import type { ChartProps } from './SpotChart';
import type { Palette } from './theme';
import { UPlotChart } from './UPlotChart';

// rv is the RMS of 1-second log returns (~1e-4): shown in basis points to keep the axis short
const bp = fixed(2, 1e4);

// volatility is never negative: keep zero in view so the threshold lines read against it
const fromZero: uPlot.Range.Function = (_u, _min, max) => [0, Number.isFinite(max) && max > 0 ? max * 1.08 : 1e-4];

function rvOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    timeLabels: false,
    yScale: 1e4,
    yRange: fromZero,
    series: [
      line('rv10 bp', p.rv10, bp),
      line('rv120 bp', p.rv120, bp, { width: 1.25 }),
      line('hard', p.fg, bp, { width: 0.75, dash: [5, 4], alpha: 0.7 }),
      line('soft', p.muted, bp, { width: 0.75, dash: [2, 3], alpha: 0.8 }),
    ],
    plugins: [burstShading(p, 0.12, false)],
  });
}

function rvData(result: BurstResult): uPlot.AlignedData {
  const { features } = result;
  const lines = ['rv_10', 'rv_120', 'hard_line', 'soft_line'].map((name) => nullable(column(features, name)));
  return annotate([column(features, 'time'), ...lines], { bursts: toSpans(result.bursts) });
}

/** rv_10 and rv_120 with the hard and soft rv_10 thresholds; bursts shaded lightly. */
export function RvChart({ result, palette }: ChartProps) {
  const options = useMemo(() => rvOptions(palette), [palette]);
  const data = useMemo(() => rvData(result), [result]);
  return (
    <UPlotChart
      testId="rv-chart"
      label="Realised volatility rv10 and rv120 with burst thresholds"
      options={options}
      data={data}
    />
  );
}
