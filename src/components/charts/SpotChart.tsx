import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import { column, splitStale } from './data';
import { type ChartOptions, chartOptions, fixed, line } from './layout';
import { annotate, atmMarks, burstShading, staleHatching, toAtmChanges, toSpans } from './overlays';
import type { Palette } from './theme';
import { UPlotChart } from './UPlotChart';

export interface ChartProps {
  result: BurstResult;
  palette: Palette;
}

const price = fixed(2);

function spotOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    series: [
      line('Spot', p.spot, price, { width: 1.25 }),
      // the last observed spot carried through a stale stretch: dashed, and kept out of the legend
      line('Stale', p.stale, price, { dash: [4, 3], class: 'mt-no-legend' }),
    ],
    plugins: [staleHatching(p), burstShading(p, 0.22, true), atmMarks(p, 'ticks')],
  });
}

function spotData(result: BurstResult): uPlot.AlignedData {
  const { features } = result;
  const time = column(features, 'time');
  const stale = toSpans(result.staleSpans);
  const [observed, carried] = splitStale(time, column(features, 'spot'), stale);
  return annotate([time, observed, carried], {
    bursts: toSpans(result.bursts),
    stale,
    atm: toAtmChanges(result.atmChanges),
  });
}

/** Spot with burst spans (colour and ▲/▼ by direction), stale stretches hatched, ATM switches ticked. */
export function SpotChart({ result, palette }: ChartProps) {
  const options = useMemo(() => spotOptions(palette), [palette]);
  const data = useMemo(() => spotData(result), [result]);
  return (
    <UPlotChart
      testId="spot-chart"
      label="Spot price with bursts, stale spot and ATM strike changes"
      options={options}
      data={data}
    />
  );
}
