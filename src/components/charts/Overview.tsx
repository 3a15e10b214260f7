import { useMemo } from 'react';
import type { BurstResult } from '../../pipeline/compute';
import { column, HOLE_S, nullable } from './data';
import { type ChartOptions, chartOptions, fixed, line } from './layout';
import { annotate, burstShading, staleHatching, toSpans } from './overlays';
import type { Palette } from './theme';
import { UPlotChart } from './UPlotChart';

function overviewOptions(p: Palette): ChartOptions {
  const options = chartOptions(p, {
    series: [line('Spot', p.spot, fixed(2))],
    plugins: [staleHatching(p), burstShading(p, 0.7, true, 3)],
  });
  // the y axis keeps its width, without labels, so the overview's times line up with the charts'
  const [x, y] = options.axes ?? [];
  return {
    ...options,
    padding: [2, 14, 0, 0],
    legend: { show: false },
    axes: [
      { ...x, grid: { show: false } },
      { ...y, values: () => [], grid: { show: false }, ticks: { show: false } },
    ],
  };
}

/** The whole day: spot, bursts by direction, unobserved stretches, the playhead and the zoom window. */
export function Overview({ result, palette, sparse }: { result: BurstResult; palette: Palette; sparse: boolean }) {
  const options = useMemo(() => overviewOptions(palette), [palette]);
  const data = useMemo(() => {
    const time = column(result.features, 'time');
    return annotate([time, nullable(column(result.features, 'spot'))], {
      bursts: toSpans(result.bursts),
      // a polled day is unobserved almost everywhere: only its holes are worth a hatch
      stale: toSpans(result.staleSpans).filter((s) => !sparse || s.end - s.start >= HOLE_S),
    });
  }, [result, sparse]);
  return (
    <div className="mt-overview" data-testid="overview">
      <UPlotChart
        testId="overview-chart"
        label="The whole day's spot with bursts and the visible range; drag the range to pan"
        options={options}
        data={data}
        overview
      />
    </div>
  );
}
