// Bad input never stops the rest (spec 1): each bad file beside a good day is named with its
// reason, and the good day's outputs are byte for byte those it has alone.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, sqlString } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { writeExport } from '../export/exportTable';
import { damagedCopy, damagePages } from '../sample/badFiles';
import { generateDay } from '../sample/generate';
import { writeShards } from '../sample/shards';
import { writeTickFile } from '../sample/tickRows';
import { at, computePaths, defaultOptions, loadPaths, tempFolder, testDatabase } from '../test/kit';
import { buildDataset } from './compute';
import { FILES_PER_SCAN, isEngineCrash } from './shares';

let db: Database;
let dir: string;
let good: string[];
let alone: { features: string; bursts: string };

const DAY = {
  underlying: 'NIFTY',
  tradeDate: '2026-01-08',
  expiries: ['2026-01-13'],
  spotOpen: 25870,
  strikeStep: 50,
  strikesEachSide: 3,
  seed: 8,
  quoteRate: 0.2,
  bursts: [{ at: '11:00:00', seconds: 30, direction: 'up' as const }],
  feedGaps: [],
};

/** The day's features and bursts CSV as the export writes them. */
async function outputs(paths: string[]): Promise<{ features: string; bursts: string; unreadable: string[] }> {
  const loaded = await loadPaths(db, paths);
  const dataset = loaded.datasets.find((d) => d.key === 'NIFTY/2026-01-08');
  if (!dataset) throw new Error('no NIFTY/2026-01-08');
  const built = await buildDataset(db, dataset, loaded.files, defaultOptions);
  const text = async (table: 'features' | 'bursts') => {
    const out = join(dir, `${table}.csv`);
    await writeExport(db, table, 'csv', out);
    return readFileSync(out, 'utf8');
  };
  return {
    features: await text('features'),
    bursts: await text('bursts'),
    unreadable: built.unreadable.map((u) => u.path),
  };
}

beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
  const folder = join(dir, 'good', '2026-01-08', 'NIFTY');
  mkdirSync(folder, { recursive: true });
  good = await writeShards(
    db,
    generateDay(DAY),
    'round-robin',
    [0, 1, 2].map((i) => join(folder, `part-${i}.parquet`)),
  );
  const { features, bursts } = await outputs(good);
  alone = { features, bursts };
  expect(bursts.trim().split('\n').length).toBe(2); // the injected burst: a test that can tell
});

describe('bad inputs beside a good day', () => {
  it('names each bad file with its reason, and leaves the good day byte for byte as it is alone', async () => {
    const folder = join(dir, 'mixed', '2026-01-08', 'NIFTY');
    mkdirSync(folder, { recursive: true });
    const paths = good.map((path, i) => {
      const copy = join(folder, `part-${i}.parquet`);
      copyFileSync(path, copy);
      return copy;
    });
    const bad = (name: string) => join(folder, name);
    writeFileSync(bad('zero.parquet'), '');
    writeFileSync(bad('truncated.parquet'), readFileSync(good[0]!).subarray(0, 5000));
    writeFileSync(bad('renamed.parquet'), 'timestamp,strike\n2026-01-08 09:15:00,25850\n');
    writeFileSync(bad('notes.txt'), 'what this folder holds');
    await db.query(
      `COPY (SELECT TIMESTAMP '2026-01-08 09:20:00' AS "timestamp", DATE '2026-01-13' AS expiry, 'CE' AS opt_type,
        'high' AS strike, 1.0 AS bp0, 1.0 AS sp0, 1 AS bq0, 1 AS sq0, 25850.0 AS spot_price, 1 AS vol_delta)
        TO ${sqlString(bad('wrong-types.parquet'))} (FORMAT PARQUET)`,
    );
    await db.query(
      `COPY (SELECT * FROM read_parquet(${sqlString(good[0]!)}) LIMIT 0) TO ${sqlString(bad('empty.parquet'))} (FORMAT PARQUET)`,
    );
    copyFileSync(good[1]!, bad('pages.parquet'));
    damagePages(bad('pages.parquet'));
    await damagedCopy(db, good[2]!, bad('quantities.parquet'), 'bq1'); // read only by the options stage
    await damagedCopy(db, good[2]!, bad('utf8.parquet'), 'opt_type', 'utf8');
    copyFileSync(good[0]!, bad('zz-copy.parquet'));

    const names = ['zero', 'truncated', 'renamed', 'wrong-types', 'empty', 'pages', 'quantities', 'utf8', 'zz-copy'];
    const all = [...paths, ...names.map((n) => bad(`${n}.parquet`)), bad('notes.txt')];
    const loaded = await loadPaths(db, all);
    const reasons = Object.fromEntries(loaded.problems.map((p) => [p.path.split('/').at(-1), p.reason]));
    expect(reasons['zero.parquet']).toMatch(/^not a readable Parquet file \(.+\)$/);
    expect(reasons['truncated.parquet']).toMatch(/^not a readable Parquet file \(.+\)$/);
    expect(reasons['renamed.parquet']).toMatch(/^not a readable Parquet file \(.+\)$/);
    expect(reasons['wrong-types.parquet']).toBe("column 'strike' has type VARCHAR, expected a number");
    expect(reasons['empty.parquet']).toBe('no rows in the session 09:15:00-15:30:00 IST');
    expect(reasons['notes.txt']).toBe('not a .parquet file: skipped');
    expect(reasons['zz-copy.parquet']).toBe(`the same content as ${paths[0]}, which is read instead`);

    const got = await outputs(all);
    // found as their pages are read: at inspection (the damaged pages hold the timestamps), or
    // when the day is built (the quantities and the option type are read only then)
    const unreadable = [...got.unreadable, ...loaded.problems.map((p) => p.path)].map((p) => p.split('/').at(-1));
    expect(unreadable).toEqual(expect.arrayContaining(['pages.parquet', 'quantities.parquet', 'utf8.parquet']));
    expect(got.unreadable.map((p) => p.split('/').at(-1))).toEqual(
      expect.arrayContaining(['quantities.parquet', 'utf8.parquet']),
    );
    expect(got.features).toBe(alone.features);
    expect(got.bursts).toBe(alone.bursts);
  });

  it('reads a day of more files than one scan takes, as it reads them in a few', async () => {
    const many = join(dir, 'many', '2026-01-08', 'NIFTY');
    const few = join(dir, 'few', '2026-01-08', 'NIFTY');
    mkdirSync(many, { recursive: true });
    mkdirSync(few, { recursive: true });
    const n = FILES_PER_SCAN + 44;
    const source = sqlString(good[0]!);
    // the day's first shard cut into n files by row number, and the same rows in 3 files
    const cut = async (folder: string, parts: number) =>
      Promise.all(
        Array.from({ length: parts }, async (_, i) => {
          const path = join(folder, `part-${String(i).padStart(3, '0')}.parquet`);
          await db.query(
            `COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet(${source}, file_row_number = true)
              WHERE file_row_number % ${parts} = ${i} ORDER BY file_row_number) TO ${sqlString(path)} (FORMAT PARQUET)`,
          );
          return path;
        }),
      );
    const manyPaths = await cut(many, n);
    const fewPaths = await cut(few, 3);
    const a = await computePaths(db, manyPaths);
    const b = await computePaths(db, fewPaths);
    expect(a.features).toEqual(b.features);
    expect(a.bursts).toEqual(b.bursts);
    expect(a.quality.row_count).toBe(b.quality.row_count);
  });

  it('reads a shard of pre-open rows alone as the seed of the day another file opens', async () => {
    const folder = join(dir, 'preopen', '2026-01-09', 'NIFTY');
    mkdirSync(folder, { recursive: true });
    const early = join(folder, 'a-pre-open.parquet');
    const session = join(folder, 'b-session.parquet');
    await writeTickFile(db, early, [{ date: '2026-01-09', time: '09:08:00', spot: 25900, strike: 25900, bids: [120] }]);
    await writeTickFile(db, session, [
      { date: '2026-01-09', time: '09:20:00', spot: 25910, strike: 25900, bids: [125] },
    ]);
    const loaded = await loadPaths(db, [early, session]);
    expect(loaded.problems).toEqual([]);
    const { features: f } = await computePaths(db, [early, session]);
    // as the one-file layout gives: the pre-open row is the as-of value from the open on
    expect([f.spot![0], f.spot_age_s![0], f.ce_bid![0], f.spot![at('09:19:59')], f.spot![at('09:20:00')]]).toEqual([
      25900, 420, 120, 25900, 25910,
    ]);
  });

  it('sums an absurd vol_delta without failing the day: that second has no volume, the others do', async () => {
    const path = join(dir, 'good', '2026-01-08', 'NIFTY', 'huge.parquet');
    await writeTickFile(db, path, [
      { time: '09:15:00', spot: 25850, vol: 5 },
      { time: '09:15:01', spot: 25850, vol: 9.2e18 },
      { time: '09:15:01.5', spot: 25850, vol: 9.2e18 },
      { time: '09:15:02', spot: 25850, vol: 7 },
    ]);
    const { features: f } = await computePaths(db, [path]);
    expect([f.volume_all![0], f.volume_all![1], f.volume_all![2]]).toEqual([5, Number.NaN, 7]);
    expect([f.ce_volume![0], f.ce_volume![1], f.ce_volume![2]]).toEqual([5, Number.NaN, 7]);
  });

  it("reads a file whose own columns are named like the scan's (file_row_number, filename)", async () => {
    const plain = good[0]!;
    const vendor = join(dir, 'vendor', '2026-01-08', 'NIFTY', 'part-0.parquet');
    mkdirSync(join(dir, 'vendor', '2026-01-08', 'NIFTY'), { recursive: true });
    await db.query(
      `COPY (SELECT *, 'x' AS filename, 7 AS file_row_number FROM read_parquet(${sqlString(plain)}))
        TO ${sqlString(vendor)} (FORMAT PARQUET)`,
    );
    const loaded = await loadPaths(db, [vendor]);
    expect(loaded.problems).toEqual([]);
    const [a, b] = [await computePaths(db, [vendor]), await computePaths(db, [plain])];
    expect(a.features).toEqual(b.features);
    expect(a.bursts).toEqual(b.bursts);
  });

  it('names a file with two columns that differ only in case, which DuckDB 0.9 cannot read', async () => {
    mkdirSync(join(dir, 'cases', '2026-01-08', 'NIFTY'), { recursive: true });
    const path = join(dir, 'cases', '2026-01-08', 'NIFTY', 'part-0.parquet');
    await db.query(
      `COPY (SELECT *, 99999.0 AS STRIKE FROM read_parquet(${sqlString(good[0]!)})) TO ${sqlString(path)} (FORMAT PARQUET)`,
    );
    expect((await loadPaths(db, [path])).problems).toEqual([
      {
        path,
        reason: "has two columns named 'STRIKE' but for case, which DuckDB cannot tell apart: rename or drop one",
      },
    ]);
  });

  it('tells a trapped engine from a file it cannot read, so that no file is blamed for a crash', async () => {
    const crashing = await openNodeDatabase();
    const scan = `SELECT count(*) FROM read_parquet(${sqlString(good[0]!)})`;
    // 0.9's wasm build traps on a UNION ALL of this many scans (README: the engine)
    const trap = await crashing.query(Array.from({ length: 400 }, () => scan).join(' UNION ALL ')).catch((e) => e);
    expect(isEngineCrash(trap)).toBe(true);
    const damaged = join(dir, 'damaged-alone.parquet');
    copyFileSync(good[1]!, damaged);
    damagePages(damaged);
    const unreadable = await db
      .query(`SELECT sum(spot_price) FROM read_parquet(${sqlString(damaged)})`)
      .catch((e) => e);
    expect(unreadable).toBeInstanceOf(Error);
    expect(isEngineCrash(unreadable)).toBe(false);
  });
});
