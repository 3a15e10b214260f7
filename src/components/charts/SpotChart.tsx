import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import { column, HOLE_S, nullable, polls, splitStale } from './data';
import { type ChartOptions, chartOptions, dots, fixed, line, STEPS } from './layout';
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

/** A day polled now and then (spec: under half its seconds observed): each poll is a dot on a step
 * line, and only holes of minutes are hatched, not the whole chart. */
function sparseSpotOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    series: [line('Spot', p.spot, price, { width: 1.25, paths: STEPS }), dots('Polled', p.spot, price)],
    plugins: [staleHatching(p), burstShading(p, 0.22, true), atmMarks(p, 'ticks')],
  });
}

export function sparseSpotData(result: BurstResult): uPlot.AlignedData {
  const { features } = result;
  const time = column(features, 'time');
  const spot = column(features, 'spot');
  const observed = column(features, 'spot_observed');
  const line = nullable(spot);
  return annotate([time, line, polls(line, observed)], {
    bursts: toSpans(result.bursts),
    stale: toSpans(result.staleSpans).filter((s) => s.end - s.start >= HOLE_S),
    atm: toAtmChanges(result.atmChanges),
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
export function SpotChart({ result, palette, sparse }: ChartProps & { sparse: boolean }) {
  const options = useMemo(() => (sparse ? sparseSpotOptions : spotOptions)(palette), [palette, sparse]);
  const data = useMemo(() => (sparse ? sparseSpotData : spotData)(result), [result, sparse]);
  return (
    <UPlotChart
      testId="spot-chart"
      label="Spot price with bursts, stale spot and ATM strike changes"
      options={options}
      data={data}
    />
  );
}
