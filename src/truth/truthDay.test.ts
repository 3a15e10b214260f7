// A day's compact truth-table results (spec 14) on the sample expiry day, against the same figures
// computed here from the day's features, ladder and event tables.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { type Rows, toRows } from '../pipeline/columns';
import { SAMPLE_DAYS, type SampleDay, writeSampleDays } from '../sample/sampleDays';
import { computePaths, session, tempFolder, testDatabase } from '../test/kit';
import { bucketStarts, bucketStartsProblem, DEFAULT_TRUTH_SETTINGS, type TruthDay, truthDay } from './truthDay';

let db: Database;
let day: TruthDay;
let seconds: Rows;
const rows = async (sql: string) => toRows(await db.query(sql));
const clock = (epochS: number) => new Date(epochS * 1000).toISOString().slice(11, 19);
/** The spec's cell of a second: the last 30-minute bucket start from 09:15 at or before it. */
const bucketOf = (epochS: number) => {
  const t = clock(epochS);
  return bucketStarts(session)
    .filter((s) => s <= t)
    .at(-1)
    ?.slice(0, 5);
};
const cellOf = (second: Rows[number]) => `${bucketOf(second.t as number)}|${second.regime_in}`;
const tally = (pairs: [string, number][]) => {
  const out: Record<string, number> = {};
  for (const [key, n] of pairs) out[key] = (out[key] ?? 0) + n;
  return out;
};

beforeAll(async () => {
  db = await testDatabase();
  const sample = SAMPLE_DAYS.find((d) => d.request.tradeDate === '2026-01-13' && d.request.underlying === 'NIFTY');
  const dir = tempFolder();
  const paths = await writeSampleDays(db, (_, i) => join(dir, `NIFTY_2026-01-13_${i}.parquet`), [sample as SampleDay]);
  await computePaths(db, paths);
  day = await truthDay(db, DEFAULT_TRUTH_SETTINGS(session));
  seconds = await rows(
    'SELECT epoch(ts) AS t, regime_in, spot, atm_strike, ce_spread, pe_spread FROM features ORDER BY ts',
  );
}, 240_000);

describe('bucket starts', () => {
  it('are 30 minutes apart from the open, the close second in the last', () => {
    expect(bucketStarts(session)).toEqual([
      '09:15:00',
      '09:45:00',
      '10:15:00',
      '10:45:00',
      '11:15:00',
      '11:45:00',
      '12:15:00',
      '12:45:00',
      '13:15:00',
      '13:45:00',
      '14:15:00',
      '14:45:00',
      '15:15:00',
    ]);
    expect(bucketStarts(session, 60).at(-1)).toBe('15:15:00');
  });
  it('refuses a custom list that does not start at the open or does not ascend', () => {
    expect(bucketStartsProblem(['09:15:00', '12:00:00'], session)).toBeNull();
    expect(bucketStartsProblem(['09:30:00'], session)).toMatch(/must start at the open/);
    expect(bucketStartsProblem(['09:15:00', '12:00:00', '11:00:00'], session)).toMatch(/must ascend/);
    expect(bucketStartsProblem(['09:15:00', '16:00:00'], session)).toMatch(/after the close/);
    expect(bucketStartsProblem(['09:15:00', '12:00'], session)).toMatch(/HH:MM:SS/);
  });
});

describe("a day's compact results", () => {
  it('expose every grid second once: 22,501 s, 1,800 s a bucket and 901 s in the last', () => {
    const total = day.exposure.reduce((sum, r) => sum + Number(r.seconds), 0);
    expect(total).toBe(22_501);
    const byBucket = tally(day.exposure.map((r) => [String(r.tod_bucket), Number(r.seconds)]));
    expect(Object.values(byBucket)).toEqual([...Array(12).fill(1800), 901]);
    const expected = tally(seconds.map((s) => [cellOf(s), 1]));
    expect(tally(day.exposure.map((r) => [`${r.tod_bucket}|${r.regime_in}`, Number(r.seconds)]))).toEqual(expected);
    expect(new Set(day.exposure.map((r) => `${r.underlying}|${r.trade_date}|${r.dte_bucket}`))).toEqual(
      new Set(['NIFTY|2026-01-13|0']),
    );
  });

  it('count the ATM spreads in whole ticks per cell, CE and PE pooled', () => {
    const ticks = (x: unknown) => (x === null ? null : Math.round((x as number) / 0.05));
    const pairs: [string, number][] = [];
    for (const s of seconds) {
      for (const t of [ticks(s.ce_spread), ticks(s.pe_spread)]) if (t !== null) pairs.push([`${cellOf(s)}|${t}`, 1]);
    }
    expect(pairs.length).toBeGreaterThan(40_000);
    expect(tally(day.spreads.map((r) => [`${r.tod_bucket}|${r.regime_in}|${r.ticks}`, Number(r.n)]))).toEqual(
      tally(pairs),
    );
  });

  it('put each event in the cell of its start, bursts with their continuation after 60 s and 300 s', async () => {
    const counts = await rows(
      "SELECT 'burst' AS kind, count(*) AS n FROM bursts UNION ALL SELECT kind, count(*) FROM liquidity GROUP BY kind UNION ALL SELECT kind, count(*) FROM fear GROUP BY kind",
    );
    expect(tally(day.events.map((e) => [String(e.kind), 1]))).toEqual(
      tally(counts.map((c) => [String(c.kind), Number(c.n)])),
    );
    const byTime = new Map(seconds.map((s) => [s.t as number, s]));
    for (const e of day.events) {
      const start = byTime.get((e.start_ts as number) / 1000);
      expect(`${e.tod_bucket}|${e.regime_in}`).toBe(cellOf(start as Rows[number]));
    }
    const bursts = await rows(
      'SELECT burst_id, epoch(end_ts) AS end_t, direction, spot_end FROM bursts ORDER BY burst_id',
    );
    expect(bursts.length).toBeGreaterThan(1);
    for (const b of bursts) {
      const e = day.events.find((x) => x.kind === 'burst' && x.event_id === b.burst_id);
      for (const h of [60, 300]) {
        const later = byTime.get((b.end_t as number) + h)?.spot as number | null | undefined;
        const sign = b.direction === 'up' ? 1 : b.direction === 'down' ? -1 : 0;
        const expected = sign === 0 || later == null ? null : sign * (later - (b.spot_end as number)) > 0;
        expect(e?.[`cont_${h}`]).toBe(expected);
      }
    }
  });

  it("time a vacuum's recovery to 80%, or its follow-up when censored", async () => {
    const vacuums = await rows(
      "SELECT event_id, recover80_s, censored80, followup_s FROM liquidity WHERE kind = 'vacuum' ORDER BY event_id",
    );
    expect(vacuums.length).toBeGreaterThan(0);
    for (const v of vacuums) {
      const e = day.events.find((x) => x.kind === 'vacuum' && x.event_id === v.event_id);
      expect([e?.recover80_time, e?.recovered80]).toEqual([v.censored80 ? v.followup_s : v.recover80_s, !v.censored80]);
    }
    expect(day.events.filter((e) => e.kind !== 'vacuum').every((e) => e.recover80_time === null)).toBe(true);
  });

  it("change the straddle of the previous minute's ATM strike, minute to minute", async () => {
    const ladder = await rows('SELECT epoch(ts) AS t, strike, opt_type, mid FROM ladder_values WHERE mid IS NOT NULL');
    const mids = new Map(ladder.map((r) => [`${r.t}|${r.strike}|${r.opt_type}`, r.mid as number]));
    const straddle = (t: number, k: number) => {
      const [ce, pe] = [mids.get(`${t}|${k}|CE`), mids.get(`${t}|${k}|PE`)];
      return ce === undefined || pe === undefined ? undefined : ce + pe;
    };
    const expected: [number, string, number][] = [];
    const first = seconds[0]?.t as number;
    const last = seconds.at(-1)?.t as number;
    for (let minute = first + 60; minute <= last; minute += 60) {
      const e = Math.min(minute + 59, last);
      const before = seconds[minute - 1 - first] as Rows[number];
      const k = before.atm_strike as number | null;
      if (k === null) continue;
      const [now, then] = [straddle(e, k), straddle(before.t as number, k)];
      if (now !== undefined && then !== undefined)
        expected.push([minute, cellOf(seconds[minute - first] as Rows[number]), now - then]);
    }
    expect(expected.length).toBeGreaterThan(300);
    expect(
      day.straddleChanges.map((r) => [
        (r.minute_ts as number) / 1000,
        `${r.tod_bucket}|${r.regime_in}`,
        r.straddle_chg,
      ]),
    ).toEqual(expected);
  });
});

describe('custom buckets', () => {
  it('split the day at their starts', async () => {
    const custom = await truthDay(db, { bucketStarts: ['09:15:00', '12:00:00'], tick: 0.05 });
    const byBucket = tally(custom.exposure.map((r) => [String(r.tod_bucket), Number(r.seconds)]));
    expect(byBucket).toEqual({ '09:15': 9_900, '12:00': 12_601 });
  });
});
