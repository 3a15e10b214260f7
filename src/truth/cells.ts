// The days' compact results gathered by truth-table cell (spec 14): each cell of a regime, and its
// 'all' cell, holds per trade date the seconds, events, spread tick counts and straddle changes.
import type { Rows } from '../pipeline/columns';
import type { TruthDay } from './truthDay';

/** The regime labels in the table's order; 'all' follows them. */
export const REGIME_ORDER = ['warmup', 'no_data', 'volatile', 'trend_up', 'trend_down', 'chop', 'quiet', 'normal'];
export const ALL = 'all';

export interface CellDay {
  seconds: number;
  events: Rows;
  /** [ticks, seconds with that spread] */
  spreads: [number, number][];
  straddleChanges: number[];
}

export interface Cell {
  underlying: string;
  dteBucket: string;
  todBucket: string;
  regimeIn: string;
  /** By trade date. */
  days: Map<string, CellDay>;
}

export const cellKey = (c: Pick<Cell, 'underlying' | 'dteBucket' | 'todBucket' | 'regimeIn'>) => [
  c.underlying,
  c.dteBucket,
  c.todBucket,
  c.regimeIn,
];

/** Gathers the days' rows into cells: each row in its regime's cell and in 'all'. */
export function gatherCells(days: readonly TruthDay[]): Cell[] {
  const cells = new Map<string, Cell>();
  const dayOf = (row: Rows[number], regimeIn: string): CellDay => {
    const place = {
      underlying: String(row.underlying),
      dteBucket: String(row.dte_bucket),
      todBucket: String(row.tod_bucket),
      regimeIn,
    };
    const key = cellKey(place).join('|');
    let cell = cells.get(key);
    if (!cell) {
      cell = { ...place, days: new Map() };
      cells.set(key, cell);
    }
    const date = String(row.trade_date);
    let day = cell.days.get(date);
    if (!day) {
      day = { seconds: 0, events: [], spreads: [], straddleChanges: [] };
      cell.days.set(date, day);
    }
    return day;
  };
  const each = (rows: Rows, add: (day: CellDay, row: Rows[number]) => void) => {
    for (const row of rows) for (const regime of [String(row.regime_in), ALL]) add(dayOf(row, regime), row);
  };
  for (const day of days) {
    each(day.exposure, (d, r) => {
      d.seconds += Number(r.seconds);
    });
    each(day.events, (d, r) => {
      d.events.push(r);
    });
    each(day.spreads, (d, r) => {
      d.spreads.push([Number(r.ticks), Number(r.n)]);
    });
    each(day.straddleChanges, (d, r) => {
      d.straddleChanges.push(Number(r.straddle_chg));
    });
  }
  return [...cells.values()];
}

const dteRank = (bucket: string) => Number.parseFloat(bucket);
const regimeRank = (regime: string) => (regime === ALL ? REGIME_ORDER.length : REGIME_ORDER.indexOf(regime));

/** The table's order: DTE bucket, time-of-day bucket, regime in label order, 'all' last. */
export function byTableOrder(a: Cell, b: Cell): number {
  return (
    a.underlying.localeCompare(b.underlying) ||
    dteRank(a.dteBucket) - dteRank(b.dteBucket) ||
    a.todBucket.localeCompare(b.todBucket) ||
    regimeRank(a.regimeIn) - regimeRank(b.regimeIn)
  );
}
