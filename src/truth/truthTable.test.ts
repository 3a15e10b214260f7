// The truth table (spec 14) from hand-made compact results of a few days, its figures worked by hand.
import { describe, expect, it } from 'vitest';
import type { Rows } from '../pipeline/columns';
import { bootstrapInterval, cellSeed, median } from '../stats/resample';
import type { TruthDay } from './truthDay';
import { TRUTH_COLUMNS, truthTable } from './truthTable';

const place = (date: string, regime: string, tod = '09:15') => ({
  underlying: 'NIFTY',
  trade_date: date,
  dte_bucket: '0',
  tod_bucket: tod,
  regime_in: regime,
});
const burst = (date: string, regime: string, move_bps: number, extra: Rows[number] = {}) => ({
  ...place(date, regime),
  kind: 'burst',
  move_bps,
  move_pts: move_bps * 2.5,
  straddle_before: 100,
  cont_60: null,
  cont_300: null,
  recover80_time: null,
  recovered80: null,
  ...extra,
});
const vacuum = (date: string, regime: string, time: number, recovered: boolean) => ({
  ...place(date, regime),
  kind: 'vacuum',
  recover80_time: time,
  recovered80: recovered,
});
const day = (parts: Partial<TruthDay>): TruthDay => ({
  exposure: [],
  spreads: [],
  straddleChanges: [],
  events: [],
  ...parts,
});

describe('the truth table of two days', () => {
  const days = [
    day({
      exposure: [{ ...place('2026-01-12', 'quiet'), seconds: 1800 }],
      events: [
        burst('2026-01-12', 'quiet', 10, { cont_60: true, cont_300: false }),
        burst('2026-01-12', 'quiet', -20, { cont_60: false, straddle_before: null }),
        // no spot before it: no move, in neither median (Number(null) would make it 0)
        burst('2026-01-12', 'quiet', 0, { move_bps: null, move_pts: null }),
        vacuum('2026-01-12', 'quiet', 30, true),
        vacuum('2026-01-12', 'quiet', 60, false),
        { ...place('2026-01-12', 'quiet'), kind: 'fear' },
      ],
      spreads: [
        { ...place('2026-01-12', 'quiet'), ticks: 2, n: 3 },
        { ...place('2026-01-12', 'quiet'), ticks: 3, n: 1 },
      ],
      straddleChanges: [{ ...place('2026-01-12', 'quiet'), straddle_chg: -4 }],
    }),
    day({
      exposure: [
        { ...place('2026-01-13', 'quiet'), seconds: 900 },
        { ...place('2026-01-13', 'normal'), seconds: 900 },
      ],
      events: [burst('2026-01-13', 'quiet', 30, { cont_60: true }), vacuum('2026-01-13', 'normal', 90, true)],
      spreads: [{ ...place('2026-01-13', 'quiet'), ticks: 4, n: 2 }],
      straddleChanges: [
        { ...place('2026-01-13', 'quiet'), straddle_chg: 2 },
        { ...place('2026-01-13', 'normal'), straddle_chg: 7 },
      ],
    }),
  ];
  const table = truthTable(days);
  const [quiet, normal, all] = table;

  it("has the spec's columns in the spec's order", () => {
    expect(TRUTH_COLUMNS.slice(0, 13)).toEqual([
      'underlying',
      'dte_bucket',
      'tod_bucket',
      'regime_in',
      'days',
      'seconds',
      'minutes',
      'hours',
      'time_share',
      'bursts',
      'bursts_per_hour',
      'bursts_per_hour_lo',
      'bursts_per_hour_hi',
    ]);
    expect(TRUTH_COLUMNS.slice(33, 39)).toEqual([
      'move_bps_n',
      'move_bps_median',
      'move_bps_median_lo',
      'move_bps_median_hi',
      'move_bps_p75',
      'move_bps_p90',
    ]);
    expect(TRUTH_COLUMNS.slice(-4)).toEqual([
      'straddle_chg_n',
      'straddle_chg_median',
      'straddle_chg_median_lo',
      'straddle_chg_median_hi',
    ]);
    expect(TRUTH_COLUMNS).toHaveLength(9 + 6 * 4 + 6 + 4 + 8 + 4 * 3);
    for (const row of table) expect(Object.keys(row)).toEqual(TRUTH_COLUMNS);
  });

  it('has a row per cell with seconds, regimes in label order and all last', () => {
    expect(table.map((r) => r.regime_in)).toEqual(['quiet', 'normal', 'all']);
    expect([quiet?.days, quiet?.seconds, quiet?.minutes, quiet?.hours, quiet?.time_share]).toEqual([
      2, 2700, 45, 0.75, 0.75,
    ]);
    expect([normal?.days, normal?.seconds, normal?.time_share, all?.days, all?.seconds, all?.time_share]).toEqual([
      1, 900, 0.25, 2, 3600, 1,
    ]);
  });

  it('counts events per hour, with no interval under five days', () => {
    expect([quiet?.bursts, quiet?.bursts_per_hour, quiet?.vacuum, quiet?.fear, quiet?.sweep]).toEqual([
      4,
      16 / 3,
      2,
      1,
      0,
    ]);
    expect([quiet?.bursts_per_hour_lo, quiet?.bursts_per_hour_hi]).toEqual([null, null]);
    expect([all?.vacuum, all?.vacuum_per_hour, normal?.vacuum_per_hour]).toEqual([3, 3, 4]);
  });

  it('takes the medians of |move|, continuation shares and the Kaplan-Meier recovery', () => {
    // |move_bps| 10, 20, 30; move / straddle: 25/100 and 75/100 (the NULL straddle left out)
    expect([quiet?.move_bps_n, quiet?.move_bps_median, quiet?.move_bps_p75, quiet?.move_bps_p90]).toEqual([
      3, 20, 25, 28,
    ]);
    expect([quiet?.move_straddle_n, quiet?.move_straddle_median]).toEqual([2, 0.5]);
    expect([quiet?.cont_60_n, quiet?.cont_60, quiet?.cont_300_n, quiet?.cont_300]).toEqual([3, 2 / 3, 1, 0]);
    expect([quiet?.cont_60_lo, quiet?.move_bps_median_lo]).toEqual([null, null]);
    // quiet: recovered at 30, censored at 60: S(30) = 1/2, an exact half
    expect([quiet?.recover80_n, quiet?.recover80_median]).toEqual([2, 30]);
    // all: 30 (S = 2/3), 60 censored, 90 (S = 0)
    expect([all?.recover80_n, all?.recover80_median]).toEqual([3, 90]);
  });

  it('pools spread ticks over days and reports straddle changes in quiet and chop only', () => {
    // 2, 2, 2, 3, 4, 4
    expect([quiet?.spread_ticks_n, quiet?.spread_ticks_median]).toEqual([6, 2.5]);
    expect([quiet?.straddle_chg_n, quiet?.straddle_chg_median]).toEqual([2, -1]);
    expect([normal?.straddle_chg_n, normal?.straddle_chg_median, all?.straddle_chg_median]).toEqual([null, null, null]);
  });
});

describe('the truth table of five days', () => {
  const dates = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'];
  // an hour of quiet a day; bursts on the last three days only: 2, 3 and 6 of them
  const counts = [0, 0, 2, 3, 6];
  const days = dates.map((date, i) =>
    day({
      exposure: [{ ...place(date, 'quiet'), seconds: 3600 }],
      // the last day's bursts without a straddle before them
      events: Array.from({ length: counts[i] as number }, (_, j) =>
        burst(date, 'quiet', 10 * (i + j), i === 4 ? { straddle_before: null } : {}),
      ),
    }),
  );
  const [quiet] = truthTable(days);

  it('gives rates their Garwood interval from five days, a zero count [0, upper]', () => {
    expect([quiet?.bursts, quiet?.bursts_per_hour]).toEqual([11, 2.2]);
    // SciPy: chi2.ppf(0.025, 22) / 2 / 5 and chi2.ppf(0.975, 24) / 2 / 5, solved to relative 1e-9
    const near = (x: unknown, expected: number) => Math.abs(Number(x) - expected) / expected;
    expect(near(quiet?.bursts_per_hour_lo, 1.098232073447368)).toBeLessThan(1e-9);
    expect(near(quiet?.bursts_per_hour_hi, 3.9364077026603908)).toBeLessThan(1e-9);
    // no vacuum in 5 hours: [0, -ln(0.025) / 5]
    expect(quiet?.vacuum_per_hour_lo).toBe(0);
    expect(near(quiet?.vacuum_per_hour_hi, Math.log(40) / 5)).toBeLessThan(1e-9);
  });

  it('bootstraps the median over the days in date order, seeded by the cell and the metric', () => {
    const perDay = days.map((d) => d.events.map((e) => Math.abs(Number(e.move_bps))));
    const seed = cellSeed(['NIFTY', '0', '09:15', 'quiet'], 'move_bps_median');
    const expected = bootstrapInterval(perDay, (v) => median([...v]), seed);
    expect(expected?.lo).toBeLessThan(expected?.hi as number);
    expect([quiet?.move_bps_median_lo, quiet?.move_bps_median_hi]).toEqual([expected?.lo, expected?.hi]);
    // five values (the last day's six have no straddle): no interval, though five days
    expect([quiet?.move_straddle_n, quiet?.move_straddle_median, quiet?.move_straddle_median_lo]).toEqual([
      5,
      0.75,
      null,
    ]);
    // no burst with a direction and spot 60 s on: no share
    expect([quiet?.cont_60_n, quiet?.cont_60, quiet?.cont_60_lo]).toEqual([0, null, null]);
  });
});
