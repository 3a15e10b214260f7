// The run rule of spec 8-14 (event_runs.sql), on soft seconds set by hand.
import { tableFromArrays } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toRows } from '../pipeline/columns';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';
import { testDatabase } from '../test/kit';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});

/** Soft seconds 'HH:MM:SS'-'HH:MM:SS' of a series on 2026-01-08, hard at the listed seconds. */
function span(series: number, from: string, to: string, hard: string[] = []) {
  const second = (time: string) => Date.parse(`2026-01-08T${time}Z`) / 1000;
  const rows = [];
  for (let s = second(from); s <= second(to); s++) {
    rows.push({ series, ts: s, hard: hard.some((h) => second(h) === s) });
  }
  return rows;
}

describe('the run rule', () => {
  it('keeps runs holding a hard second, merges gaps of at most g seconds, drops events shorter than d', async () => {
    const soft = [
      ...span(0, '10:00:00', '10:00:04'), // no hard second: nothing
      ...span(0, '10:01:00', '10:01:02', ['10:01:01']),
      ...span(0, '10:01:13', '10:01:14', ['10:01:14']), // 10 s between: merged with the one before
      ...span(0, '10:02:00', '10:02:02', ['10:02:00']), // 3 s: dropped
      ...span(0, '10:02:14', '10:02:20', ['10:02:20']), // 11 s after the one before: not merged
      ...span(0, '10:03:00', '10:03:03', ['10:03:00']), // 4 s, and the soft run after it is no candidate
      ...span(0, '10:03:05', '10:03:06'),
      ...span(0, '10:04:00', '10:04:04', ['10:04:02']), // exactly d = 5 s: kept
      ...span(1, '10:01:00', '10:01:04', ['10:01:04']), // another series: its own events
    ];
    await db.query('CREATE OR REPLACE TEMP TABLE run_seconds (series INTEGER, ts TIMESTAMP, hard BOOLEAN)');
    await db.insertArrow(
      'run_input',
      tableFromArrays({
        series: Int32Array.from(soft, (r) => r.series),
        epoch: Float64Array.from(soft, (r) => r.ts),
        hard: soft.map((r) => r.hard),
      }),
    );
    await db.query(
      'INSERT INTO run_seconds SELECT series, make_timestamp(CAST(epoch * 1e6 AS BIGINT)), hard FROM run_input',
    );
    await runQuery(db, queries.eventRuns, { gapS: 10, minDurationS: 5 });
    const events = toRows(
      await db.query(
        "SELECT series, strftime(start_ts, '%H:%M:%S') AS start, strftime(end_ts, '%H:%M:%S') AS end FROM event_runs ORDER BY series, start_ts",
      ),
    );
    expect(events).toEqual([
      { series: 0, start: '10:01:00', end: '10:01:14' },
      { series: 0, start: '10:02:14', end: '10:02:20' },
      { series: 0, start: '10:04:00', end: '10:04:04' },
      { series: 1, start: '10:01:00', end: '10:01:04' },
    ]);
  });
});
