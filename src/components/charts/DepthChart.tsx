import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import { column, gapAtSwitches } from './data';
import { type ChartOptions, chartOptions, fixed, line } from './layout';
import { annotate, burstShading, toSpans } from './overlays';
import { toRegimeSpans } from './regimes';
import type { ChartProps } from './SpotChart';
import type { Palette } from './theme';
import { UPlotChart } from './UPlotChart';

const quantity = fixed(0);
const SIDES = ['ce_bid_depth5', 'ce_ask_depth5', 'pe_bid_depth5', 'pe_ask_depth5'] as const;

/** Bids solid, asks dashed, in each option's colour; the regime ribbon under the time axis. */
function depthOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    yRange: (_u, _min, max) => [0, Number.isFinite(max) && max > 0 ? max * 1.08 : 1],
    series: [
      line('CE bid d5', p.ce, quantity),
      line('CE ask d5', p.ce, quantity, { dash: [4, 3] }),
      line('PE bid d5', p.pe, quantity),
      line('PE ask d5', p.pe, quantity, { dash: [4, 3] }),
    ],
    plugins: [burstShading(p, 0.12, false)],
    ribbon: true,
  });
}

function depthData(result: BurstResult): uPlot.AlignedData {
  const { features } = result;
  // a switch of the ATM strike changes the instrument: the lines break there, as the quotes' do
  const sides = gapAtSwitches(
    column(features, 'atm_strike'),
    SIDES.map((name) => column(features, name)),
  );
  return annotate([column(features, 'time'), ...sides], {
    bursts: toSpans(result.bursts),
    regimes: toRegimeSpans(result.regimes),
  });
}

/** The five-level depth of the ATM straddle's four book sides, and each minute's regime under it. */
export function DepthChart({ result, palette }: ChartProps) {
  const options = useMemo(() => depthOptions(palette), [palette]);
  const data = useMemo(() => depthData(result), [result]);
  return (
    <UPlotChart
      testId="depth-chart"
      label="Depth of the ATM call and put, bid and ask, five levels each; the regime of each minute below"
      options={options}
      data={data}
    />
  );
}
