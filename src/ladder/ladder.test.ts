import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toRows } from '../pipeline/columns';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { black76, RATE } from '../stats/black76';
import { at, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

async function rung(time: string, k: number, type: 'CE' | 'PE', date = '2026-01-08') {
  const sql = `SELECT * EXCLUDE (underlying, trade_date, ts) FROM ladder WHERE ts = CAST($1 AS TIMESTAMP) AND k = $2 AND opt_type = $3`;
  return toRows(await db.query(sql, [`${date} ${time}`, k, type]))[0];
}

describe('the strike ladder (spec 8)', () => {
  it('holds every second x k = -5..5 x CE, PE with the as-of state of atm + k steps, orders only from files with them', async () => {
    const withOrders = shardPath(dir, 'orders.parquet');
    await writeTickFile(db, withOrders, [
      {
        time: '09:20:00.200',
        spot: 25860,
        strike: 25850,
        bids: [100, 99.95, 0],
        bidQtys: [75, 150, 300],
        asks: [100.5],
        askQtys: [60],
        bidOrders: [3, 5, 7], // level 2 is empty: its 7 orders do not count
        askOrders: [2],
      },
    ]);
    const without = shardPath(dir, 'plain.parquet');
    await writeTickFile(db, without, [
      { time: '09:20:05.000', spot: 25860, type: 'PE', strike: 25900, bids: [50], asks: [50.5], vol: 4 },
      { time: '09:20:10.000', spot: 25870, strike: 25850, bids: [101], asks: [101.5] },
      { time: '09:21:00.000', spot: 25890, type: 'PE', strike: 25900, bids: [40], asks: [40.5] },
    ]);
    const result = await computePaths(db, [withOrders, without]);

    const [shape] = toRows(
      await db.query('SELECT count(*) AS n, count(DISTINCT ts) AS seconds, min(k) AS lo, max(k) AS hi FROM ladder'),
    );
    expect(shape).toEqual({ n: 22_501 * 22, seconds: 22_501, lo: -5, hi: 5 });
    // the table's order is ts, k, opt_type
    const order = toRows(await db.query('SELECT k, opt_type FROM ladder LIMIT 3'));
    expect(order).toEqual([
      { k: -5, opt_type: 'CE' },
      { k: -5, opt_type: 'PE' },
      { k: -4, opt_type: 'CE' },
    ]);

    // before the first spot there is no ATM strike: no strike, no state, volume 0
    expect(await rung('09:19:59', 0, 'CE')).toMatchObject({ strike: null, bid: null, observed: false, volume: 0 });
    expect(await rung('09:20:00', 0, 'CE')).toEqual({
      k: 0,
      strike: 25850,
      opt_type: 'CE',
      bid: 100,
      ask: 100.5,
      mid: 100.25,
      spread: 0.5,
      bid_qty: 75,
      ask_qty: 60,
      bid_depth5: 225,
      ask_depth5: 60,
      bid_orders5: 8,
      ask_orders5: 2,
      volume: 0,
      observed: true,
      age_s: 0,
      iv: null,
    });
    expect(await rung('09:20:05', 1, 'PE')).toMatchObject({ strike: 25900, bid: 50, volume: 4, observed: true });
    // a file without order counts: NULL, not 0
    expect(await rung('09:20:05', 1, 'PE')).toMatchObject({ bid_orders5: null, ask_orders5: null });
    expect(await rung('09:20:09', 0, 'CE')).toMatchObject({ bid: 100, bid_orders5: 8, observed: false, age_s: 9 });
    expect(await rung('09:20:10', 0, 'CE')).toMatchObject({ bid: 101, bid_orders5: null, ask_orders5: null });
    // the ATM strike moves to 25900 at 09:21:00: the rungs move with it
    expect(await rung('09:21:00', -1, 'CE')).toMatchObject({ strike: 25850, bid: 101, age_s: 50, observed: false });
    expect(await rung('09:21:00', 0, 'PE')).toMatchObject({ strike: 25900, bid: 40, age_s: 0, observed: true });
    expect(await rung('09:21:00', 5, 'CE')).toMatchObject({ strike: 26150, bid: null, observed: false, age_s: null });

    // the screen's copy, read once: second s, k and CE/PE at row s * 22 + (k + 5) * 2 + (PE ? 1 : 0)
    const { n, rowsPerSecond, columns } = result.ladder;
    expect([n, rowsPerSecond, columns.bid?.length]).toEqual([5, 22, 22_501 * 22]);
    const row = (time: string, k: number, pe: boolean) => (at(time) - at('09:15:00')) * 22 + (k + 5) * 2 + (pe ? 1 : 0);
    const cells = (time: string, k: number, pe: boolean, names: string[]) =>
      names.map((c) => columns[c]?.[row(time, k, pe)]);
    expect(cells('09:20:00', 0, false, ['bid', 'ask', 'bid_depth5', 'ask_depth5', 'age_s'])).toEqual([
      100, 100.5, 225, 60, 0,
    ]);
    expect(cells('09:20:05', 1, true, ['bid', 'ask', 'age_s'])).toEqual([50, 50.5, 0]);
    expect(cells('09:21:00', -1, false, ['bid', 'ask', 'age_s'])).toEqual([101, 101.5, 50]);
    // no quote yet: NaN, never 0
    expect(cells('09:21:00', 5, false, ['bid', 'ask_depth5', 'iv', 'age_s'])).toEqual([NaN, NaN, NaN, NaN]);
  });
});

/** Rows quoting CE and PE at `strikes` at their Black-76 prices (bid = ask = price). */
function priced(time: string, date: string, F: number, sigma: number, years: number, strikes: number[]): TickRow[] {
  return strikes.flatMap((strike) =>
    (['CE', 'PE'] as const).map((type) => {
      const price = black76(type === 'CE', F, strike, years, sigma);
      return { time, date, expiry: '2026-01-13', type, strike, spot: 25860, bids: [price], asks: [price] };
    }),
  );
}

describe('implied volatility of the ladder (spec 10)', () => {
  it('recovers the forward and the sigma that priced the quotes; bad quotes give NULL', async () => {
    // T from 2026-01-08 10:00:00 to the expiry at 15:30:00 on 2026-01-13: 5 days and 5.5 hours
    const years = (5 * 86_400 + 5.5 * 3600) / 31_536_000;
    const F = 25_860;
    const path = shardPath(dir, 'priced.parquet');
    const below = Math.exp(-RATE * years) * (F - 25750) - 1;
    await writeTickFile(db, path, [
      ...priced('10:00:00.000', '2026-01-08', F, 0.15, years, [25800, 25850, 25900]),
      // crossed: no mid; below the discounted intrinsic value: no IV either
      { time: '10:00:00.000', type: 'CE', strike: 25950, spot: 25860, bids: [30], asks: [29] },
      { time: '10:00:00.000', type: 'CE', strike: 25750, spot: 25860, bids: [below], asks: [below] },
    ]);
    await computePaths(db, [path]);
    const [second] = toRows(
      await db.query("SELECT forward, atm_iv FROM iv_seconds WHERE ts = TIMESTAMP '2026-01-08 10:00:00'"),
    );
    expect(second?.forward).toBeCloseTo(F, 8);
    expect(second?.atm_iv).toBeCloseTo(0.15, 9);
    for (const k of [-1, 0, 1]) {
      for (const type of ['CE', 'PE'] as const) expect((await rung('10:00:00', k, type))?.iv).toBeCloseTo(0.15, 9);
    }
    expect(await rung('10:00:00', 2, 'CE')).toMatchObject({ mid: null, iv: null });
    expect(await rung('10:00:00', -2, 'CE')).toMatchObject({ mid: below, iv: null });
    // a second before the quotes: no forward, no IV
    const [before] = toRows(
      await db.query("SELECT forward, atm_iv FROM iv_seconds WHERE ts = TIMESTAMP '2026-01-08 09:59:59'"),
    );
    expect(before).toEqual({ forward: null, atm_iv: null });
  });

  it('solves 0DTE quotes five minutes before the expiry instant', async () => {
    const years = 300 / 31_536_000;
    const path = shardPath(dir, 'expiry-day.parquet', 'NIFTY', '2026-01-13');
    await writeTickFile(db, path, priced('15:25:00.000', '2026-01-13', 25_862, 0.3, years, [25850, 25900]));
    await computePaths(db, [path]);
    const [second] = toRows(
      await db.query("SELECT forward, atm_iv FROM iv_seconds WHERE ts = TIMESTAMP '2026-01-13 15:25:00'"),
    );
    expect(second?.forward).toBeCloseTo(25_862, 8);
    expect(second?.atm_iv).toBeCloseTo(0.3, 9);
  });
});
