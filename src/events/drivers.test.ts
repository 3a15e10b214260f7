// Trade or vacuum (spec 13) on two planted bursts: a fall on heavy volume through thinned books,
// and a rise on ordinary volume at a strike nobody quotes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toRows } from '../pipeline/columns';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { at, clockAt, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;
const FALL = at('11:00:00'); // 10 s of -5 points, 50 traded a second, CE bid and PE ask thinned
const RISE = at('13:00:00'); // 10 s of +5 points, 10 traded a second as always

const inside = (j: number, from: number) => j >= from && j < from + 10;

function spotAt(j: number): number {
  const fell = 5 * Math.min(Math.max(j - FALL + 1, 0), 10);
  const rose = 5 * Math.min(Math.max(j - RISE + 1, 0), 10);
  return 25_860 - fell + rose;
}

function rows(): TickRow[] {
  const out: TickRow[] = [];
  for (let j = -1; j < 22_501; j++) {
    const time = j < 0 ? '09:10:00' : clockAt(j);
    const thin = inside(j, FALL);
    const quote = { time, spot: spotAt(j), strike: 25_850 };
    out.push({
      ...quote,
      bids: [100, 99.95, 99.9],
      bidQtys: thin ? [20, 20, 20] : [100, 100, 100],
      asks: [100.5, 100.55, 100.6],
      vol: thin ? 50 : 10,
    });
    out.push({
      ...quote,
      type: 'PE',
      bids: [90, 89.95, 89.9],
      asks: [90.5, 90.55, 90.6],
      askQtys: thin ? [50, 50, 50] : [100, 100, 100],
    });
  }
  return out;
}

beforeAll(async () => {
  db = await testDatabase();
  const path = shardPath(tempFolder(), 'drivers.parquet');
  await writeTickFile(db, path, rows());
  await computePaths(db, [path]);
}, 120_000);

describe('trade or vacuum (spec 13)', () => {
  it('scores the volume against the last half hour and the depth the move ate against its base', async () => {
    const bursts = toRows(
      await db.query(
        "SELECT direction, atm_strike_start, strftime(start_ts, '%H:%M:%S') AS start, duration_s, date_diff('second', TIMESTAMP '2026-01-08 09:15:00', start_ts) AS from_open, trade_score, vacuum_score, driver FROM bursts",
      ),
    );
    expect(bursts).toHaveLength(2);
    const [fall, rise] = bursts as [Record<string, number>, Record<string, number>];
    const duration = Number(fall.duration_s);
    expect(fall).toMatchObject({ direction: 'down', atm_strike_start: 25_850, start: '11:00:00' });
    // 50 a second for the 10 thinned seconds, 10 a second after them; the half hour before: 10
    const heavy = Math.min(10, duration);
    expect(fall.trade_score).toBeCloseTo((50 * heavy + 10 * (duration - heavy)) / (10 * duration), 12);
    // CE bid at 60 of 300 (0.2), PE ask at 150 of 300 (0.5): the lower ratio decides
    expect(fall.vacuum_score).toBeCloseTo(0.8, 12);
    expect(fall.driver).toBe('both');
    // the rise starts at spot 25815: ATM 25800, which has no quotes, so neither leg has a base
    expect(rise).toMatchObject({ direction: 'up', atm_strike_start: 25_800, vacuum_score: null, driver: null });
    expect(rise.trade_score).toBeCloseTo(1, 12);
    expect(rise.from_open).toBe(RISE);
  });
});
