// Regimes (spec 12) on the sample's expiry day: causal labels, warmup, and a feed gap's minute.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { sqlString } from '../db/database';
import { toRows } from '../pipeline/columns';
import { SAMPLE_DAYS, writeSampleDays } from '../sample/sampleDays';
import { computePaths, tempFolder, testDatabase } from '../test/kit';

let db: Database;
let whole: Record<string, unknown>[];
let cut: Record<string, unknown>[];
const CUT = '2026-01-13 12:00:00';

const minutes = async () =>
  toRows(
    await db.query(
      "SELECT strftime(minute_ts, '%H:%M') AS minute, strftime(e, '%H:%M:%S') AS e, regime, rv_60, baseline, er_star_300, flag_data_gap FROM regime_minutes ORDER BY minute_ts",
    ),
  );

beforeAll(async () => {
  db = await testDatabase();
  const dir = tempFolder();
  const day = SAMPLE_DAYS.find((d) => d.request.underlying === 'NIFTY' && d.request.tradeDate === '2026-01-13');
  if (!day) throw new Error('no sample expiry day');
  const paths = await writeSampleDays(db, (_, shard) => join(dir, `NIFTY_2026-01-13_${shard}.parquet`), [day]);
  await computePaths(db, paths);
  whole = await minutes();
  // the same day as known at noon: its rows before 12:00:00 only
  const early = join(dir, 'NIFTY_2026-01-13_to-noon.parquet');
  const list = paths.map(sqlString).join(', ');
  await db.query(
    `COPY (SELECT * FROM read_parquet([${list}]) WHERE "timestamp" < TIMESTAMP '${CUT}') TO ${sqlString(early)} (FORMAT PARQUET)`,
  );
  await computePaths(db, [early]);
  cut = await minutes();
}, 240_000);

describe('regimes (spec 12)', () => {
  it('labels each minute from the rows up to its decision second only: noon data give the same morning', () => {
    const morning = whole.filter((m) => String(m.e) < '12:00:00');
    expect(morning).toHaveLength(165); // 09:15 to 11:59
    expect(cut.slice(0, morning.length)).toEqual(morning);
    // the afternoon differs: the noon day has no rows after 12:00:00
    expect(cut.slice(morning.length)).not.toEqual(whole.slice(morning.length));
  });

  it('warms up until 10 earlier minutes have an rv_60, then labels from what the day has seen', () => {
    // the first minute's 59 returns give no rv_60: minutes 1..10 are the ten, and minute 11 the first labelled
    expect(whole.slice(0, 11).map((m) => m.regime)).toEqual(Array(11).fill('warmup'));
    expect(whole[11]?.regime).not.toBe('warmup');
    expect(whole.length).toBe(376); // the 15:30 minute holds one second
    expect(whole.at(-1)).toMatchObject({ minute: '15:30', e: '15:30:00' });
    const labels = new Set(whole.slice(11).map((m) => m.regime));
    expect(
      [...labels].every((l) =>
        ['volatile', 'trend_up', 'trend_down', 'chop', 'quiet', 'normal', 'no_data'].includes(String(l)),
      ),
    ).toBe(true);
    // baseline: the median of up to 60 earlier decision-second rv_60s; one exists from the second minute
    expect(whole[0]?.baseline).toBeNull();
    expect(whole[2]?.baseline).not.toBeNull();
  });

  it('says no_data for the minute of the feed gap and flags it', () => {
    // the sample's 45 s without rows from 12:30:00
    expect(whole.find((m) => m.minute === '12:30')).toMatchObject({ regime: 'no_data', flag_data_gap: true });
    expect(whole.filter((m) => m.flag_data_gap).map((m) => m.minute)).toEqual(['12:30']);
  });
});
