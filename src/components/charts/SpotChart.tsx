import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { BurstResult } from '../../pipeline/compute';
import { EVENT_KINDS, type EventKind } from '../../playback/eventKinds';
import { useShownKinds } from '../../store/selectors';
import { resolvedKindColours } from '../events/kinds';
import { column, HOLE_S, nullable, polls, splitStale } from './data';
import { type ChartOptions, chartOptions, dots, fixed, line, STEPS } from './layout';
import {
  annotate,
  atmMarks,
  burstShading,
  type EventMark,
  eventLanes,
  staleHatching,
  toAtmChanges,
  toSpans,
} from './overlays';
import type { Palette } from './theme';
import { UPlotChart } from './UPlotChart';

export interface ChartProps {
  result: BurstResult;
  palette: Palette;
}

const price = fixed(2);

function spotOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    timeLabels: false,
    series: [
      line('Spot', p.spot, price, { width: 1.25 }),
      // the last observed spot carried through a stale stretch: dashed, and kept out of the legend
      line('Stale', p.stale, price, { dash: [4, 3], class: 'mt-no-legend' }),
    ],
    plugins: [staleHatching(p), burstShading(p, 0.22, true), atmMarks(p, 'ticks'), eventLanes()],
  });
}

/** A day polled now and then (spec: under half its seconds observed): each poll is a dot on a step
 * line, and only holes of minutes are hatched, not the whole chart. */
function sparseSpotOptions(p: Palette): ChartOptions {
  return chartOptions(p, {
    timeLabels: false,
    series: [line('Spot', p.spot, price, { width: 1.25, paths: STEPS }), dots('Polled', p.spot, price)],
    plugins: [staleHatching(p), burstShading(p, 0.22, true), atmMarks(p, 'ticks'), eventLanes()],
  });
}

const LANES: readonly EventKind[] = EVENT_KINDS.filter((kind) => kind !== 'burst'); // bursts are shaded already

/** The events of the kinds shown among `kinds`, each in its kind's lane (its place in LANES) and colour. */
export function eventMarks(result: BurstResult, shown: readonly EventKind[], kinds = LANES): EventMark[] {
  const colours = resolvedKindColours(kinds);
  return result.events.flatMap((e) => {
    const lane = kinds.indexOf(e.kind as EventKind);
    if (lane < 0 || !shown.includes(e.kind as EventKind)) return [];
    return [
      { start: e.start_time as number, end: e.end_time as number, lane, colour: colours[e.kind as string] ?? '' },
    ];
  });
}

export function sparseSpotData(result: BurstResult, events: EventMark[] = []): uPlot.AlignedData {
  const { features } = result;
  const time = column(features, 'time');
  const spot = column(features, 'spot');
  const observed = column(features, 'spot_observed');
  const line = nullable(spot);
  return annotate([time, line, polls(line, observed)], {
    bursts: toSpans(result.bursts),
    stale: toSpans(result.staleSpans).filter((s) => s.end - s.start >= HOLE_S),
    atm: toAtmChanges(result.atmChanges),
    events,
  });
}

function spotData(result: BurstResult, events: EventMark[]): uPlot.AlignedData {
  const { features } = result;
  const time = column(features, 'time');
  const stale = toSpans(result.staleSpans);
  const [observed, carried] = splitStale(time, column(features, 'spot'), stale);
  return annotate([time, observed, carried], {
    bursts: toSpans(result.bursts),
    stale,
    atm: toAtmChanges(result.atmChanges),
    events,
  });
}

/** Spot with burst spans (colour and ▲/▼ by direction), stale stretches hatched, ATM switches ticked,
 * and the events of the kinds shown in lanes along the bottom. */
export function SpotChart({ result, palette, sparse }: ChartProps & { sparse: boolean }) {
  const shown = useShownKinds();
  const options = useMemo(() => (sparse ? sparseSpotOptions : spotOptions)(palette), [palette, sparse]);
  // the palette changes with the theme, and so do the kinds' colours
  const marks = useMemo(() => (palette ? eventMarks(result, shown) : []), [result, shown, palette]);
  const data = useMemo(() => (sparse ? sparseSpotData : spotData)(result, marks), [result, sparse, marks]);
  const drawn = LANES.map((kind) => [kind, marks.filter((m) => m.lane === LANES.indexOf(kind)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind}:${n}`)
    .join(' ');
  return (
    <UPlotChart
      testId="spot-chart"
      label="Spot price with bursts, events, stale spot and ATM strike changes"
      options={options}
      data={data}
      events={drawn}
    />
  );
}
