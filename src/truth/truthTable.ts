// The truth table of spec 14 from the days' compact results: one row per cell with seconds, in the
// table's order and columns. Pure numbers over small rows (no engine), so that the app and the
// batch command give the same table.

import {
  bootstrapDays,
  type DayValues,
  dayCounts,
  daySurvivals,
  dayValues,
  weightedCount,
  weightedKaplanMeierMedian,
  weightedQuantile,
} from '../stats/byDay';
import { garwood, type Interval, rateHasInterval, statisticHasInterval, wilson } from '../stats/intervals';
import { BOOTSTRAP_SEED, cellSeed, type Survival } from '../stats/resample';
import { ALL, byTableOrder, type Cell, type CellDay, cellKey, gatherCells } from './cells';
import type { TruthDay } from './truthDay';

/** Each rate's column name and the event kind it counts. */
const RATES = [
  ['bursts', 'burst'],
  ['vacuum', 'vacuum'],
  ['sweep', 'sweep'],
  ['pull', 'pull'],
  ['fear', 'fear'],
  ['upside_vol_bid', 'upside_vol_bid'],
] as const;

const stat = (m: string) => [`${m}_n`, `${m}_median`, `${m}_median_lo`, `${m}_median_hi`];
const share = (m: string) => [`${m}_n`, m, `${m}_lo`, `${m}_hi`];
/** The table's columns in the spec's order. */
export const TRUTH_COLUMNS = [
  ...['underlying', 'dte_bucket', 'tod_bucket', 'regime_in', 'days', 'seconds', 'minutes', 'hours', 'time_share'],
  ...RATES.flatMap(([r]) => [r, `${r}_per_hour`, `${r}_per_hour_lo`, `${r}_per_hour_hi`]),
  ...stat('move_bps'),
  ...['move_bps_p75', 'move_bps_p90'],
  ...stat('move_straddle'),
  ...share('cont_60'),
  ...share('cont_300'),
  ...stat('recover80'),
  ...stat('spread_ticks'),
  ...stat('straddle_chg'),
];

/** Straddle changes are reported in these regimes only. */
const STRADDLE_REGIMES = ['quiet', 'chop'];

/** A row of the table: its columns by name (TRUTH_COLUMNS). */
export type TruthRow = Record<string, string | number | null>;
type Row = TruthRow;
const bounds = (name: string, interval: Interval | null): Row => ({
  [`${name}_lo`]: interval?.lo ?? null,
  [`${name}_hi`]: interval?.hi ?? null,
});

/**
 * A median over the cell's days pooled (`statistic` with every day weighted 1), and its bootstrap
 * interval over those days (each resample's draws as the weights).
 */
function medianColumns(
  metric: string,
  values: DayValues,
  days: number,
  statistic: (v: DayValues, weights: ArrayLike<number>) => number | null,
  seed: number,
): Row {
  const n = weightedCount(values, ones(days));
  const interval = statisticHasInterval(days, n) ? bootstrapDays(days, (w) => statistic(values, w), seed) : null;
  return {
    [`${metric}_n`]: n,
    [`${metric}_median`]: n > 0 ? statistic(values, ones(days)) : null,
    ...bounds(`${metric}_median`, interval),
  };
}

const ones = (days: number) => new Int32Array(days).fill(1);
const median = (v: DayValues, weights: ArrayLike<number>) => weightedQuantile(v, weights, 0.5);

function shareColumns(name: string, outcomes: boolean[], days: number): Row {
  const n = outcomes.length;
  const yes = outcomes.filter(Boolean).length;
  return {
    [`${name}_n`]: n,
    [name]: n > 0 ? yes / n : null,
    ...bounds(name, statisticHasInterval(days, n) ? wilson(yes, n) : null),
  };
}

const numbers = (values: unknown[]) => values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

function truthRow(cell: Cell, allSeconds: number, seed: number): Row {
  const days: CellDay[] = [...cell.days.entries()]
    .filter(([, day]) => day.seconds > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, day]) => day);
  const seconds = days.reduce((sum, d) => sum + d.seconds, 0);
  const hours = seconds / 3600;
  const seedOf = (metric: string) => cellSeed(cellKey(cell), metric, seed);
  const row: Row = {
    underlying: cell.underlying,
    dte_bucket: cell.dteBucket,
    tod_bucket: cell.todBucket,
    regime_in: cell.regimeIn,
    days: days.length,
    seconds,
    minutes: seconds / 60,
    hours,
    time_share: seconds / allSeconds,
  };
  for (const [name, kind] of RATES) {
    const count = days.reduce((sum, d) => sum + d.events.filter((e) => e.kind === kind).length, 0);
    row[name] = count;
    row[`${name}_per_hour`] = count / hours;
    Object.assign(row, bounds(`${name}_per_hour`, rateHasInterval(days.length) ? garwood(count, hours) : null));
  }
  const d = days.length;
  const bursts = days.map((day) => day.events.filter((e) => e.kind === 'burst'));
  const moves = dayValues(bursts.map((b) => numbers(b.map((e) => e.move_bps)).map(Math.abs)));
  Object.assign(row, medianColumns('move_bps', moves, d, median, seedOf('move_bps_median')), {
    move_bps_p75: weightedQuantile(moves, ones(d), 0.75),
    move_bps_p90: weightedQuantile(moves, ones(d), 0.9),
  });
  const straddleMoves = bursts.map((b) =>
    numbers(
      b.map((e) =>
        e.straddle_before === null || e.move_pts === null
          ? null
          : Math.abs(Number(e.move_pts)) / Number(e.straddle_before),
      ),
    ),
  );
  Object.assign(
    row,
    medianColumns('move_straddle', dayValues(straddleMoves), d, median, seedOf('move_straddle_median')),
  );
  for (const h of [60, 300]) {
    const outcomes = bursts
      .flat()
      .flatMap((e) => (typeof e[`cont_${h}`] === 'boolean' ? [e[`cont_${h}`] as boolean] : []));
    Object.assign(row, shareColumns(`cont_${h}`, outcomes, d));
  }
  const recoveries = days.map((day) =>
    day.events
      .filter((e) => e.kind === 'vacuum' && e.recover80_time !== null)
      .map((e): Survival => ({ time: Number(e.recover80_time), censored: !e.recovered80 })),
  );
  Object.assign(
    row,
    medianColumns('recover80', daySurvivals(recoveries), d, weightedKaplanMeierMedian, seedOf('recover80_median')),
  );
  const spreads = dayCounts(days.map((day) => day.spreads));
  Object.assign(row, medianColumns('spread_ticks', spreads, d, median, seedOf('spread_ticks_median')));
  const straddle = STRADDLE_REGIMES.includes(cell.regimeIn)
    ? medianColumns(
        'straddle_chg',
        dayValues(days.map((day) => day.straddleChanges)),
        d,
        median,
        seedOf('straddle_chg_median'),
      )
    : { straddle_chg_n: null, straddle_chg_median: null, straddle_chg_median_lo: null, straddle_chg_median_hi: null };
  return Object.assign(row, straddle);
}

/** The truth table of the days given (each a computed day's compact results), one row per cell with seconds. */
export function truthTable(days: readonly TruthDay[], seed = BOOTSTRAP_SEED): Row[] {
  const cells = gatherCells(days).sort(byTableOrder);
  const seconds = (c: Cell) => [...c.days.values()].reduce((sum, d) => sum + d.seconds, 0);
  const allSeconds = new Map(
    cells.filter((c) => c.regimeIn === ALL).map((c) => [cellKey(c).slice(0, 3).join('|'), seconds(c)]),
  );
  return cells
    .filter((c) => seconds(c) > 0)
    .map((c) => truthRow(c, allSeconds.get(cellKey(c).slice(0, 3).join('|')) ?? 0, seed));
}
