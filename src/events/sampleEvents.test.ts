// The sample's planted events are found where they were planted, and a quiet control day (no
// bursts, no gaps, no chop; books that persist) gives none.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toRows } from '../pipeline/columns';
import type { DayRequest } from '../sample/generate';
import { SAMPLE_DAYS, type SampleDay, writeSampleDays } from '../sample/sampleDays';
import { computePaths, tempFolder, testDatabase } from '../test/kit';

let db: Database;
let dir: string;

async function compute(day: SampleDay): Promise<void> {
  const { underlying, tradeDate } = day.request;
  const paths = await writeSampleDays(db, (_, i) => join(dir, `${underlying}_${tradeDate}_${i}.parquet`), [day]);
  await computePaths(db, paths);
}

const rows = async (sql: string) => toRows(await db.query(sql));
const hms = (column: string) => `strftime(${column}, '%H:%M:%S')`;

beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

describe('the sample expiry day', () => {
  let bursts: Record<string, unknown>[];
  let liquidity: Record<string, unknown>[];
  let fear: Record<string, unknown>[];
  let chop: Record<string, unknown>[];
  beforeAll(async () => {
    const day = SAMPLE_DAYS.find((d) => d.request.tradeDate === '2026-01-13' && d.request.underlying === 'NIFTY');
    await compute(day as SampleDay);
    bursts = await rows(`SELECT ${hms('start_ts')} AS start, direction, trade_score, vacuum_score, driver FROM bursts`);
    liquidity = await rows(`SELECT kind, ${hms('start_ts')} AS start, k_at_start FROM liquidity`);
    fear = await rows(`SELECT kind, ${hms('start_ts')} AS start FROM fear`);
    chop = await rows(`SELECT ${hms('start_ts')} AS start, ${hms('end_ts')} AS end FROM chop`);
  }, 240_000);

  it('finds the vacuum planted a minute before the 10:02 fall, near the money, and calls that burst a vacuum', () => {
    const near = liquidity.filter(
      (e) =>
        e.kind === 'vacuum' &&
        String(e.start) >= '10:01:00' &&
        String(e.start) < '10:02:55' &&
        Math.abs(Number(e.k_at_start)) <= 3,
    );
    expect(near.length).toBeGreaterThan(0);
    const fall = bursts.find((b) => String(b.start) >= '10:02:00' && String(b.start) < '10:03:00');
    expect(fall).toMatchObject({ direction: 'down' });
    expect(Number(fall?.vacuum_score)).toBeGreaterThanOrEqual(0.5);
  });

  it('finds the sweep planted in the 11:47 rise, and its heavy trading', () => {
    const swept = liquidity.filter(
      (e) => e.kind === 'sweep' && String(e.start) >= '11:47:00' && String(e.start) < '11:48:00',
    );
    expect(swept.length).toBeGreaterThan(0);
    const rise = bursts.find((b) => String(b.start) >= '11:46:50' && String(b.start) < '11:48:00');
    expect(Number(rise?.trade_score)).toBeGreaterThanOrEqual(2);
  });

  it('finds the IV jump of the 10:02 fall as fear, and the chop stretch from 12:50 as one pocket', () => {
    expect(fear.some((e) => e.kind === 'fear' && String(e.start) >= '10:02:00' && String(e.start) < '10:04:00')).toBe(
      true,
    );
    // the pocket needs 600 s of history inside the stretch (vr_600) and ends with it, at 13:10
    expect(chop).toHaveLength(1);
    expect(String(chop[0]?.start) >= '12:50:00' && String(chop[0]?.end) <= '13:15:00').toBe(true);
  });
});

describe('a quiet control day', () => {
  it('has no burst, no fear spike, no chop pocket and no liquidity event near the money', async () => {
    const quiet: DayRequest = {
      underlying: 'NIFTY',
      tradeDate: '2026-01-14',
      expiries: ['2026-01-20'],
      spotOpen: 25_900,
      strikeStep: 50,
      strikesEachSide: 10,
      seed: 7,
      quoteRate: 0.5,
      bursts: [],
      feedGaps: [],
    };
    await compute({ request: quiet, layout: 'by-time', shards: 2 });
    const counts = await rows(
      `SELECT (SELECT count(*) FROM bursts) AS bursts, (SELECT count(*) FROM fear) AS fear,
         (SELECT count(*) FROM chop) AS chop,
         (SELECT count(*) FROM liquidity WHERE abs(k_at_start) <= 2) AS liquidity_near`,
    );
    expect(counts[0]).toEqual({ bursts: 0, fear: 0, chop: 0, liquidity_near: 0 });
  }, 240_000);
});
