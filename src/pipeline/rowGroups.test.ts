import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, sqlString } from '../db/database';
import { writeTickFile } from '../sample/tickRows';
import { datasetsBothWays, loadPaths, session, shardPath, tempFolder, testDatabase } from '../test/kit';
import { toRows } from './columns';
import { noSessionRows } from './inspect';
import { PRE_OPEN_ONLY } from './load';
import { datasetsOfRowGroups, type RowGroupStatistics } from './rowGroups';

const OPEN = 9 * 3600 + 15 * 60;
const CLOSE = 15 * 3600 + 30 * 60;
const group = (over: Partial<RowGroupStatistics> = {}): RowGroupStatistics => ({
  num_rows: 10,
  timestamp_nulls: 0,
  first_date: '2026-01-08',
  last_date: '2026-01-08',
  first_second: OPEN,
  last_second: CLOSE,
  underlying_min: null,
  underlying_max: null,
  underlying_nulls: null,
  ...over,
});
const fromPath = { value: 'NIFTY' };

describe('datasets from row-group statistics', () => {
  it('adds up rows with a timestamp per trade date, and says what the first and last second tell', () => {
    const groups = [
      group({ timestamp_nulls: 2 }), // 8 rows, first second in the session
      group({ num_rows: 5, first_second: OPEN - 60, last_second: CLOSE + 60 }), // spans the session
      group({ num_rows: 4, first_date: '2026-01-09', last_date: '2026-01-09', first_second: 9 * 3600 }),
      group({ num_rows: 3, first_date: '2026-01-10', last_date: '2026-01-10', first_second: 0, last_second: 60 }),
      group({ num_rows: 6, timestamp_nulls: 6, first_date: null, last_date: null }), // no timestamps at all
    ];
    expect(datasetsOfRowGroups(groups, fromPath, session)).toEqual([
      { underlying: 'NIFTY', tradeDate: '2026-01-08', rowCount: 13, inSession: 'yes', beforeOpen: true },
      { underlying: 'NIFTY', tradeDate: '2026-01-09', rowCount: 4, inSession: 'yes', beforeOpen: true },
      { underlying: 'NIFTY', tradeDate: '2026-01-10', rowCount: 3, inSession: 'no', beforeOpen: true },
    ]);
    const spanning = group({ first_second: OPEN - 1, last_second: CLOSE + 1 });
    expect(
      datasetsOfRowGroups([spanning, group({ last_second: OPEN - 1, first_second: 0 })], fromPath, session),
    ).toEqual([{ underlying: 'NIFTY', tradeDate: '2026-01-08', rowCount: 20, inSession: 'unknown', beforeOpen: true }]);
  });

  it('takes an underlying column only where a row group holds one name and no NULL', () => {
    const named = (min: string, max: string, nulls: number) =>
      group({ underlying_min: min, underlying_max: max, underlying_nulls: nulls });
    const column = { column: 'underlying' };
    expect(
      datasetsOfRowGroups([named('BANKNIFTY', 'BANKNIFTY', 0), named('NIFTY', 'NIFTY', 0)], column, session),
    ).toEqual([
      { underlying: 'BANKNIFTY', tradeDate: '2026-01-08', rowCount: 10, inSession: 'yes', beforeOpen: false },
      { underlying: 'NIFTY', tradeDate: '2026-01-08', rowCount: 10, inSession: 'yes', beforeOpen: false },
    ]);
    expect(datasetsOfRowGroups([named('BANKNIFTY', 'NIFTY', 0)], column, session)).toBeUndefined();
    expect(datasetsOfRowGroups([named('NIFTY', 'NIFTY', 1)], column, session)).toBeUndefined();
  });

  it('cannot tell a row group of two dates, or one without statistics', () => {
    expect(datasetsOfRowGroups([group({ last_date: '2026-01-09' })], fromPath, session)).toBeUndefined();
    expect(datasetsOfRowGroups([group({ timestamp_nulls: null })], fromPath, session)).toBeUndefined();
    expect(datasetsOfRowGroups([group({ first_second: null })], fromPath, session)).toBeUndefined();
  });
});

describe('inspection from statistics, on files', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await testDatabase();
    dir = tempFolder();
  });

  it('reads three row groups of two days from the footer, as counting the rows does', async () => {
    const path = shardPath(dir, 'groups.parquet');
    // 2,048 rows a group (the writer rounds the size up to whole vectors): 09:00:00.0-09:03:24.7
    // (pre-open), 10:00 onwards, and the next day every 20 s from 09:00 (the group spans the
    // session: only the rows can say)
    const ts = `CASE WHEN i < 2048 THEN TIMESTAMP '2026-01-08 09:00:00' + INTERVAL (i * 100) MILLISECOND
      WHEN i < 4096 THEN TIMESTAMP '2026-01-08 10:00:00' + INTERVAL (i - 2048) SECOND
      ELSE TIMESTAMP '2026-01-09 09:00:00' + INTERVAL ((i - 4096) * 20) SECOND END`;
    await db.query(
      `COPY (SELECT ${ts} AS "timestamp", DATE '2026-01-13' AS expiry, 'CE' AS opt_type, 25850.0 AS strike,
        100.0 AS bp0, 101.0 AS sp0, 75 AS bq0, 75 AS sq0, 25850.0 AS spot_price, 1 AS vol_delta
        FROM range(6144) AS r(i) ORDER BY i) TO ${sqlString(path)} (FORMAT PARQUET, ROW_GROUP_SIZE 1000)`,
    );
    const [layout] = toRows(
      await db.query(`SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata($1)`, [path]),
    );
    expect(Number(layout?.n)).toBe(3);

    const { statistics, rows } = await datasetsBothWays(db, path, 'NIFTY');
    expect(statistics).toEqual([
      { underlying: 'NIFTY', tradeDate: '2026-01-08', rowCount: 4096, inSession: true, beforeOpen: true },
      { underlying: 'NIFTY', tradeDate: '2026-01-09', rowCount: 2048, inSession: true, beforeOpen: true },
    ]);
    expect(rows).toEqual(statistics);
  });

  it('asks the rows when one row group spans the session, and finds none in it', async () => {
    const path = shardPath(dir, 'around.parquet');
    await writeTickFile(db, path, [
      { time: '09:00:00', spot: 25850 },
      { time: '16:00:00', spot: 25860 },
    ]);
    const { statistics, rows } = await datasetsBothWays(db, path, 'NIFTY');
    expect(statistics).toEqual([
      { underlying: 'NIFTY', tradeDate: '2026-01-08', rowCount: 2, inSession: false, beforeOpen: true },
    ]);
    expect(rows).toEqual(statistics);
    expect((await loadPaths(db, [path])).problems).toEqual([
      { path, reason: `${noSessionRows(session)}: ${PRE_OPEN_ONLY}` },
    ]);
  });
});
