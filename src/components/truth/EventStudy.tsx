import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Band, EventStudy as Study } from '../../truth/eventStudy';

/** At most this many events are drawn as lines; the median and band are over all of them. */
const MAX_LINES = 150;

const gaps = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));

function StudyChart({
  offsets,
  lines,
  band,
  label,
  testId,
}: {
  offsets: Float64Array;
  lines: readonly Float64Array[];
  band: Band;
  label: string;
  testId: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const style = getComputedStyle(document.documentElement);
    const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
    const drawn = lines.slice(0, MAX_LINES);
    const faint = `color-mix(in srgb, ${colour('--fg')} 18%, transparent)`;
    const data = [offsets, ...drawn.map(gaps), gaps(band.q25), gaps(band.median), gaps(band.q75)] as uPlot.AlignedData;
    const first = drawn.length + 1;
    const plot = new uPlot(
      {
        width: Math.max(240, element.clientWidth),
        height: 140,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { stroke: colour('--muted'), grid: { stroke: colour('--grid') }, label: 's from the start' },
          { stroke: colour('--muted'), grid: { stroke: colour('--grid') }, size: 56 },
        ],
        series: [
          {},
          ...drawn.map(() => ({ stroke: faint, width: 1, points: { show: false } })),
          { stroke: colour('--accent'), width: 1, dash: [4, 3], points: { show: false } },
          { stroke: colour('--accent'), width: 2.5, points: { show: false } },
          { stroke: colour('--accent'), width: 1, dash: [4, 3], points: { show: false } },
        ],
        bands: [{ series: [first + 2, first], fill: `color-mix(in srgb, ${colour('--accent')} 22%, transparent)` }],
      },
      data,
      element,
    );
    return () => plot.destroy();
  }, [offsets, lines, band]);
  return (
    <figure className="study-chart" data-testid={testId} data-events={lines.length}>
      <figcaption>{label}</figcaption>
      <div
        ref={host}
        role="img"
        aria-label={`${label}: each event a faint line, the median bold, the 25-75% band shaded`}
      />
    </figure>
  );
}

/** Spot and the ATM straddle around the events behind a cell, aligned at their starts. */
export function EventStudy({ study }: { study: Study }) {
  const count = study.spotBps.length;
  const note = useMemo(
    () => (count > MAX_LINES ? ` (the first ${MAX_LINES} drawn; median and band over all ${count})` : ''),
    [count],
  );
  return (
    <div className="event-study" data-testid="event-study">
      <p className="muted">
        {count} event{count === 1 ? '' : 's'}, -60 s to +300 s from each start{note}
      </p>
      <StudyChart
        offsets={study.offsets}
        lines={study.spotBps}
        band={study.spotBand}
        label="spot, bps from the start"
        testId="event-study-spot"
      />
      <StudyChart
        offsets={study.offsets}
        lines={study.straddle}
        band={study.straddleBand}
        label="ATM straddle, points"
        testId="event-study-straddle"
      />
    </div>
  );
}
