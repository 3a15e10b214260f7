// Liquidity events (spec 9) on books set by hand: a CE and a PE at the ATM strike, quoted every
// second with 100 at each of 3 levels a side (depth 300), and five planted events.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toRows } from '../pipeline/columns';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { clockAt, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;

/** Each planted book: quantities of levels 0..2 (and the CE's bid orders) from a second on. */
const CE_BID: Record<string, number[]> = {
  // A, a vacuum: depth 200, 120, 100, 100, 200, 250 with nothing traded
  '10:00:00': [100, 100, 0],
  '10:00:01': [100, 20, 0],
  '10:00:02': [100, 0, 0],
  '10:00:04': [100, 100, 0],
  '10:00:05': [100, 100, 50],
  '10:00:06': [100, 100, 100],
  // D: thins for good 5 minutes before the close
  '15:25:00': [100, 0, 0],
};
const CE_ASK: Record<string, number[]> = {
  // B, a sweep: 200 traded as the depth falls by 200
  '11:00:00': [100, 0, 0],
  '11:00:02': [100, 100, 100],
};
const PE_ASK: Record<string, number[]> = {
  // C, a pull: level 0 falls from 100 to 40 at an unchanged price, nothing traded
  '12:00:00': [40, 100, 100],
  '12:00:02': [100, 100, 100],
};

const PE_BID: Record<string, number[]> = {
  // E, a vacuum back to half its base in 30 s and to 80% only after 2 minutes: depth 60, 150, 250
  '13:00:00': [60, 0, 0],
  '13:00:30': [100, 50, 0],
  '13:02:00': [100, 100, 50],
};

function books(): TickRow[] {
  const held = { ceBid: [100, 100, 100], ceAsk: [100, 100, 100], peBid: [100, 100, 100], peAsk: [100, 100, 100] };
  const rows: TickRow[] = [];
  for (let j = -1; j < 22_501; j++) {
    const time = j < 0 ? '09:10:00' : clockAt(j);
    held.ceBid = CE_BID[time] ?? held.ceBid;
    held.ceAsk = CE_ASK[time] ?? held.ceAsk;
    held.peBid = PE_BID[time] ?? held.peBid;
    held.peAsk = PE_ASK[time] ?? held.peAsk;
    const ce = { time, spot: 25_860, strike: 25_850 };
    rows.push({
      ...ce,
      bids: [100, 99.95, 99.9],
      bidQtys: held.ceBid,
      asks: [100.5, 100.55, 100.6],
      askQtys: held.ceAsk,
      bidOrders: time === '10:00:02' ? [5, 0, 0] : [5, 5, 5],
      askOrders: [5, 5, 5],
      vol: time === '11:00:00' ? 200 : 0,
    });
    rows.push({
      ...ce,
      type: 'PE',
      bids: [90, 89.95, 89.9],
      bidQtys: held.peBid,
      asks: [90.5, 90.55, 90.6],
      askQtys: held.peAsk,
      bidOrders: [5, 5, 5],
      askOrders: [5, 5, 5],
    });
  }
  return rows;
}

beforeAll(async () => {
  db = await testDatabase();
  const path = shardPath(tempFolder(), 'books.parquet');
  await writeTickFile(db, path, books());
  await computePaths(db, [path]);
}, 120_000);

describe('liquidity events (spec 9)', () => {
  it('finds the five planted events, each with its kind, trough, share, recovery and censoring', async () => {
    const events = toRows(
      await db.query(
        `SELECT event_id, kind, opt_type, strike, side, k_at_start, strftime(start_ts, '%H:%M:%S') AS start,
           strftime(trough_ts, '%H:%M:%S') AS trough, strftime(end_ts, '%H:%M:%S') AS end, duration_s,
           base_depth5, trough_depth5, drop_pct, unexplained_share, orders_drop_pct, recover50_s, censored50,
           recover80_s, censored80, followup_s, dte_days, dte_bucket, tod_bucket
         FROM liquidity`,
      ),
    );
    const common = { strike: 25_850, k_at_start: 0, dte_days: 5, dte_bucket: '6+' };
    expect(events).toEqual([
      {
        ...common,
        event_id: 1,
        kind: 'vacuum',
        opt_type: 'CE',
        side: 'bid',
        start: '10:00:00',
        trough: '10:00:02', // the first second at the lowest depth, 100
        end: '10:00:04',
        duration_s: 5,
        base_depth5: 300,
        trough_depth5: 100,
        drop_pct: 100 * (1 - 100 / 300),
        unexplained_share: 1, // 200 gone between 09:59:56 and the trough, none traded
        orders_drop_pct: 100 * (1 - 5 / 15),
        recover50_s: 2, // 200 >= 150 at 10:00:04
        censored50: false,
        recover80_s: 3, // 250 >= 240 at 10:00:05
        censored80: false,
        followup_s: 600,
        tod_bucket: '10:00',
      },
      {
        ...common,
        event_id: 2,
        kind: 'sweep',
        opt_type: 'CE',
        side: 'ask',
        start: '11:00:00',
        trough: '11:00:00',
        end: '11:00:01',
        duration_s: 2,
        base_depth5: 300,
        trough_depth5: 100,
        drop_pct: 100 * (1 - 100 / 300),
        unexplained_share: 0, // the 200 that went were traded
        orders_drop_pct: 0,
        recover50_s: 2,
        censored50: false,
        recover80_s: 2,
        censored80: false,
        followup_s: 600,
        tod_bucket: '11:00',
      },
      {
        ...common,
        event_id: 3,
        kind: 'pull',
        opt_type: 'PE',
        side: 'ask',
        start: '12:00:00',
        trough: '12:00:00',
        end: '12:00:01',
        duration_s: 2,
        base_depth5: 100, // a pull's base and trough are level-0 quantities
        trough_depth5: 40,
        drop_pct: 60,
        unexplained_share: 1,
        orders_drop_pct: 0,
        recover50_s: 2,
        censored50: false,
        recover80_s: 2,
        censored80: false,
        followup_s: 600,
        tod_bucket: '12:00',
      },
      {
        ...common,
        event_id: 4,
        kind: 'vacuum',
        opt_type: 'PE',
        side: 'bid',
        start: '13:00:00',
        trough: '13:00:00',
        // soft while depth <= 240 (0.8 x 300; the base stays 300): 60 and 150 until 13:01:59
        end: '13:01:59',
        duration_s: 120,
        base_depth5: 300,
        trough_depth5: 60,
        drop_pct: 100 * (1 - 60 / 300),
        unexplained_share: 1, // 240 gone at the trough, none traded
        orders_drop_pct: 0, // the orders of its three levels stay 15 as they empty
        recover50_s: 30, // 150 >= 150 at 13:00:30
        censored50: false,
        recover80_s: 120, // 250 >= 240 at 13:02:00, after the trough's first minute
        censored80: false,
        followup_s: 600, // no later event on the PE bid: 10 minutes from the trough
        tod_bucket: '13:00',
      },
      {
        ...common,
        event_id: 5,
        kind: 'vacuum',
        opt_type: 'CE',
        side: 'bid',
        start: '15:25:00',
        trough: '15:25:00',
        // soft while 100 <= 0.8 x base: the median of the last 300 s is 300 until 150 of them are 100
        end: '15:27:30',
        duration_s: 151,
        base_depth5: 300,
        trough_depth5: 100,
        drop_pct: 100 * (1 - 100 / 300),
        unexplained_share: 1,
        orders_drop_pct: 0,
        recover50_s: null, // never back before the close: censored at 15:30:00
        censored50: true,
        recover80_s: null,
        censored80: true,
        followup_s: 300,
        tod_bucket: '15:15',
      },
    ]);
  });

  it('finds no depth event where depth fell only to 0.8 x base (soft, never hard)', async () => {
    // the pull's second took the PE ask's depth to 240 = 0.8 x 300: soft, but no second was hard
    const [row] = toRows(
      await db.query(
        `SELECT depth_soft, depth_hard FROM liquidity_series s JOIN ladder_instruments i ON s.series = 2 * i.instrument
         WHERE i.opt_type = 'PE' AND i.strike = 25850 AND s.ts = TIMESTAMP '2026-01-08 12:00:00'`,
      ),
    );
    expect(row).toEqual({ depth_soft: true, depth_hard: false });
  });
});
