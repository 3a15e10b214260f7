import { useMemo } from 'react';
import type uPlot from 'uplot';
import { DASH } from '../../format';
import type { Rows } from '../../pipeline/columns';
import type { BurstResult } from '../../pipeline/compute';
import { column, gapAtSwitches, polls, straddle } from './data';
import { type ChartOptions, chartOptions, dots, fixed, line, STEPS } from './layout';
import { annotate, annotations, atmMarks, toAtmChanges } from './overlays';
import type { ChartProps } from './SpotChart';
import type { Palette } from './theme';
import { withAlpha } from './theme';
import { formatClock } from './timeAxis';
import { UPlotChart } from './UPlotChart';

const price = fixed(2);
const SIDES = ['ce', 'pe'] as const;

/** On a sparse day the mids step from poll to poll, with a dot at each (the polls' series, last). */
function optionOptions(p: Palette, sparse: boolean): ChartOptions {
  const quote = (label: string, colour: string) =>
    line(label, withAlpha(colour, 0.7), price, { width: 1, class: 'mt-no-legend' });
  const mid = (label: string, colour: string) => line(label, colour, price, sparse ? { paths: STEPS } : {});
  return chartOptions(p, {
    timeLabels: false,
    // the time legend also names the ATM strike the lines quote at that second
    x: {
      label: 'Time',
      value: (u, value, _series, idx) => {
        if (value == null) return DASH;
        const strike = idx == null ? Number.NaN : (annotations(u).atmStrike?.[idx] ?? Number.NaN);
        return Number.isNaN(strike) ? formatClock(value) : `${formatClock(value)}  ATM ${strike}`;
      },
    },
    series: [
      quote('CE bid', p.ce),
      quote('CE ask', p.ce),
      mid('CE mid', p.ce),
      quote('PE bid', p.pe),
      quote('PE ask', p.pe),
      mid('PE mid', p.pe),
      // hidden until its legend entry is clicked; with CE and PE hidden it is shown alone
      line('Straddle', p.fg, price, { show: false }),
      ...(sparse ? [dots('CE polled', p.ce, price), dots('PE polled', p.pe, price)] : []),
    ],
    // series indices: 1-3 CE bid/ask/mid, 4-6 PE bid/ask/mid; a band fills from ask down to bid
    bands: [
      { series: [2, 1], fill: withAlpha(p.ce, 0.3) },
      { series: [5, 4], fill: withAlpha(p.pe, 0.3) },
    ],
    plugins: [atmMarks(p, 'lines')],
  });
}

type Quotes = [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];

interface OptionColumns {
  time: Float64Array;
  atmStrike: Float64Array;
  /** CE bid, ask, mid, then PE bid, ask, mid. */
  quotes: Quotes;
  /** On a sparse day, whether each side was observed in the second (1), for its dots. */
  observed?: [Float64Array, Float64Array];
}

function optionColumns(result: BurstResult): OptionColumns {
  const { features } = result;
  return {
    time: column(features, 'time'),
    atmStrike: column(features, 'atm_strike'),
    quotes: SIDES.flatMap((side) =>
      ['bid', 'ask', 'mid'].map((field) => column(features, `${side}_${field}`)),
    ) as Quotes,
  };
}

/** The chart's columns: each quote and the straddle, with a gap at every ATM switch; on a sparse
 * day then each mid at the seconds its side was observed. */
export function optionData({ time, atmStrike, quotes, observed }: OptionColumns, atmChanges: Rows): uPlot.AlignedData {
  const series = gapAtSwitches(atmStrike, [...quotes, straddle(quotes[2], quotes[5])]);
  const [ceMid = [], peMid = []] = [series[2], series[5]];
  const observations = observed ? [polls(ceMid, observed[0]), polls(peMid, observed[1])] : [];
  return annotate([time, ...series, ...observations], { atm: toAtmChanges(atmChanges), atmStrike });
}

/** ATM CE and PE mids, each inside its bid-ask band, broken at every ATM strike switch (dotted lines); the straddle on demand. */
export function OptionChart({ result, palette, sparse }: ChartProps & { sparse: boolean }) {
  const options = useMemo(() => optionOptions(palette, sparse), [palette, sparse]);
  // A threshold change gives a new result but keeps these columns (the same arrays): the chart
  // keeps its data and is not redrawn.
  const { time, atmStrike, quotes } = optionColumns(result);
  const [ceBid, ceAsk, ceMid, peBid, peAsk, peMid] = quotes;
  const { atmChanges, features } = result;
  const [ceSeen, peSeen] = [column(features, 'ce_observed'), column(features, 'pe_observed')];
  const data = useMemo(
    () =>
      optionData(
        {
          time,
          atmStrike,
          quotes: [ceBid, ceAsk, ceMid, peBid, peAsk, peMid],
          observed: sparse ? [ceSeen, peSeen] : undefined,
        },
        atmChanges,
      ),
    [time, atmStrike, ceBid, ceAsk, ceMid, peBid, peAsk, peMid, atmChanges, sparse, ceSeen, peSeen],
  );
  return (
    <UPlotChart
      testId="option-chart"
      label="ATM call and put mid prices with bid-ask bands"
      options={options}
      data={data}
    />
  );
}
