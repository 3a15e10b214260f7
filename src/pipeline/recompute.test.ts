// A threshold change rebuilds only what it alters, from the computed tables: a CE at the ATM
// strike whose bid side (three levels of 100: depth 300, the base) thins twice for 2 s with
// nothing traded: to 100 at 10:00:00 (a third of the base) and to 120 at 11:00:00 (0.4 of it).
// Both are soft (<= 0.8 * 300) and hard (<= 0.5 * 300, 5 s after 300): two vacuums of 2 s by
// default. A hard ratio of 0.35 (<= 105) keeps the first only; a least length of 3 s, neither.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { computePaths, defaultOptions, shardPath, tempFolder, testDatabase } from '../test/kit';
import { toRows } from './columns';
import { type BurstResult, type DatasetResult, recomputeBursts } from './compute';
import { type BucketOverrides, type Thresholds, thresholdsFor } from './market';

const OPEN = Date.UTC(2026, 0, 8, 9, 15, 0) / 1000;
const TEN = OPEN + 45 * 60;
const ELEVEN = OPEN + 105 * 60;
const CLOSE = '2026-01-08 15:30:00';
const FULL = [100, 100, 100];

let db: Database;
let path: string;
let computed: DatasetResult;
/** What the engine's tables hold now: each recompute starts from the one before. */
let latest: BurstResult;

async function change(to: Thresholds, engine: Database = db): Promise<BurstResult> {
  latest = await recomputeBursts(engine, to, latest, CLOSE);
  return latest;
}

const quote = (time: string, bidQtys: number[]): TickRow => ({
  time,
  spot: 25_860,
  strike: 25_850,
  bids: [100, 99.95, 99.9],
  bidQtys,
  asks: [100.5, 100.55, 100.6],
  askQtys: FULL,
});

beforeAll(async () => {
  db = await testDatabase();
  path = shardPath(tempFolder(), 'thinning.parquet');
  await writeTickFile(db, path, [
    quote('09:15:00', FULL),
    quote('10:00:00', [100, 0, 0]),
    quote('10:00:02', FULL),
    quote('11:00:00', [100, 20, 0]),
    quote('11:00:02', FULL),
  ]);
  computed = await computePaths(db, [path]);
  latest = computed;
}, 120_000);

/** The thresholds of the fixture's underlying and bucket (NIFTY, 5 days to expiry: '6+'). */
const thresholds = (overrides: BucketOverrides) => thresholdsFor({ NIFTY: { '6+': overrides } }, 'NIFTY', '6+');

const vacuums = (events: Record<string, unknown>[]) =>
  events.filter((e) => e.kind === 'vacuum').map((e) => [e.start_time, e.end_time, e.opt_type, e.side]);

const rows = async (sql: string) => toRows(await db.query(sql));
const flaggedMinutes = () =>
  rows("SELECT strftime(minute_ts, '%H:%M') AS minute FROM regimes WHERE flag_vacuum ORDER BY minute_ts");
const ladder = () => rows('SELECT count(*) AS n, sum(mid) AS mids, sum(iv) AS ivs FROM ladder_values');

/** The same engine, recording the tables and views each statement (re)creates and every statement's text. */
function recording(target: Database) {
  const texts: string[] = [];
  const created = () =>
    texts.flatMap((text) => [...text.matchAll(/CREATE OR REPLACE TEMP (?:TABLE|VIEW) (\w+)/g)].map((m) => m[1]));
  const spy = new Proxy(target, {
    get(t, name, receiver) {
      if (name === 'query') {
        return (sql: string, params?: Parameters<Database['query']>[1]) => {
          texts.push(sql);
          return t.query(sql, params);
        };
      }
      const value = Reflect.get(t, name, receiver);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
  return { spy, texts, created };
}

describe('a change of second-layer thresholds', () => {
  it('finds both vacuums with the defaults, and flags their minutes', async () => {
    expect(vacuums(computed.events)).toEqual([
      [TEN, TEN + 1, 'CE', 'bid'],
      [ELEVEN, ELEVEN + 1, 'CE', 'bid'],
    ]);
    expect(await flaggedMinutes()).toEqual([{ minute: '10:00' }, { minute: '11:00' }]);
  });

  it('rebuilds the liquidity events, the bursts and the regimes from the computed tables, not the ladder', async () => {
    const before = await ladder();
    const { spy, texts, created } = recording(db);
    const stricter = await change(thresholds({ liquidity: { hardRatio: 0.35 } }), spy);
    expect(vacuums(stricter.events)).toEqual([[TEN, TEN + 1, 'CE', 'bid']]);
    expect(await flaggedMinutes()).toEqual([{ minute: '10:00' }]);
    expect(stricter.thresholds.liquidity.hardRatio).toBe(0.35);
    expect(stricter.regimes).toHaveLength(computed.regimes.length);

    expect(new Set(created())).toEqual(
      new Set([
        'liquidity_sides',
        'liquidity_bases',
        'liquidity_series',
        'run_seconds',
        'event_runs',
        'liquidity_runs',
        'liquidity_found',
        'liquidity',
        'bursts',
        'regime_minutes',
        'regimes',
        'features',
      ]),
    );
    expect(texts.filter((text) => /read_parquet|ladder_values AS|iv_seconds AS|option_seconds AS/.test(text))).toEqual(
      [],
    );
    expect(await ladder()).toEqual(before);

    // a least length of 3 s drops both; back to the defaults finds both again
    const longer = await change(thresholds({ liquidity: { minDurationS: 3 } }));
    expect(vacuums(longer.events)).toEqual([]);
    const back = await change(thresholds({}));
    expect(vacuums(back.events)).toEqual(vacuums(computed.events));
    expect(await flaggedMinutes()).toEqual([{ minute: '10:00' }, { minute: '11:00' }]);
  });

  it('rebuilds only the family that changed, and the bursts only when theirs did', async () => {
    const fear = recording(db);
    await change(thresholds({ fear: { zHard: 5 } }), fear.spy);
    expect(new Set(fear.created())).toEqual(
      new Set(['fear_seconds', 'run_seconds', 'event_runs', 'fear', 'regime_minutes', 'regimes', 'features']),
    );
    const chop = recording(db);
    await change(thresholds({ fear: { zHard: 5 }, chop: { erMax: 0.4 } }), chop.spy);
    expect(new Set(chop.created())).toEqual(
      new Set(['chop_seconds', 'run_seconds', 'event_runs', 'chop', 'regime_minutes', 'regimes', 'features']),
    );
    const bursts = recording(db);
    await change(thresholds({ fear: { zHard: 5 }, chop: { erMax: 0.4 }, kHard: 3 }), bursts.spy);
    expect(new Set(bursts.created())).toEqual(
      new Set(['burst_seconds', 'burst_spans', 'bursts', 'regime_minutes', 'regimes', 'features']),
    );
  });

  it('gives what computing the day afresh with the new thresholds gives', async () => {
    const changed = thresholds({ liquidity: { hardRatio: 0.35 }, fear: { zSoft: 1.5 }, chop: { vrMax: 1.2 } });
    const recomputed = await change(changed);
    const fresh = await computePaths(db, [path], undefined, { ...defaultOptions, thresholds: () => changed });
    expect(recomputed.events).toEqual(fresh.events);
    expect(recomputed.regimes).toEqual(fresh.regimes);
    expect(recomputed.bursts).toEqual(fresh.bursts);
    expect(recomputed.features).toEqual(fresh.features);
  });
});
