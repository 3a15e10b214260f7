// The batch command with inputs a user's disk really has: hostile names, links to nothing, a
// FIFO, a damaged shard, a bad config, and what an interrupted run left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database';
import { EXPORT_TABLES } from '../src/export/exportTable';
import { toRows } from '../src/pipeline/columns';
import { damagedCopy } from '../src/sample/badFiles';
import { writeTickFile } from '../src/sample/tickRows';
import { tempFolder, testDatabase } from '../src/test/kit';
import { main } from './main';

let db: Database;
let dir: string;
const errors: string[] = [];

beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});
afterEach(() => {
  vi.restoreAllMocks();
  errors.length = 0;
});

/** Runs the command with what it prints to stderr kept in `errors`. */
async function run(...args: string[]): Promise<number> {
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => errors.push(String(line)));
  return main(args);
}

async function goodDay(folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'part-0.parquet');
  await writeTickFile(db, path, [
    { time: '09:15:00', spot: 25850, vol: 2 },
    { time: '09:20:00', spot: 25860, vol: 3 },
  ]);
  return path;
}

/** volume_all of the first second, from a features CSV's lines. */
const volumeAll = (lines: string[]) => lines[1]?.split(',')[lines[0]?.split(',').indexOf('volume_all') ?? -1];

describe('the batch command and bad inputs', () => {
  it('writes only inside --out, with safe names, whatever the underlying says', async () => {
    const input = join(dir, 'hostile', 'in');
    mkdirSync(input, { recursive: true });
    const hostile = ['/../../../escaped', 'A/B', 'N'.repeat(10_000)];
    for (const [i, underlying] of hostile.entries()) {
      await writeTickFile(db, join(input, `file-${i}.parquet`), [
        { time: '09:15:00', spot: 25850, underlying },
        { time: '09:15:00', spot: 25850, strike: 25900, underlying }, // two strikes: a step to infer
      ]);
    }
    const out = join(dir, 'hostile', 'out');
    // not the ladder: it repeats the 10,000-character underlying on each of its 495,022 rows (5 GB)
    const tables = EXPORT_TABLES.filter((table) => table !== 'ladder');
    expect(await run('build', input, '--out', out, '--format', 'csv', '--tables', tables.join(','))).toBe(0);
    expect(readdirSync(join(dir, 'hostile')).sort()).toEqual(['in', 'out']);
    expect(readdirSync(out).sort()).toEqual(
      [`${'N'.repeat(64)}`, 'A_B', '_.._.._.._escaped']
        .flatMap((name) => tables.map((table) => `${table}_${name}_2026-01-08.csv`))
        .sort(),
    );
  });

  it('writes only the tables --tables names, and refuses a table it does not know with exit code 2', async () => {
    const input = join(dir, 'tables', 'in');
    mkdirSync(input, { recursive: true });
    await writeTickFile(db, join(input, 'NIFTY_2026-01-08.parquet'), [
      { time: '09:15:00', spot: 25850 },
      { time: '09:15:00', spot: 25850, type: 'PE' },
    ]);
    const out = join(dir, 'tables', 'out');
    expect(await run('build', input, '--out', out, '--tables', 'fear,ladder')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['fear_NIFTY_2026-01-08.parquet', 'ladder_NIFTY_2026-01-08.parquet']);
    expect(await run('build', input, '--out', out, '--tables', 'features,truth')).toBe(2);

    // --ladder-n sets the ladder's strikes each side of the ATM strike; a width it cannot be is refused
    const narrow = join(dir, 'tables', 'narrow');
    expect(await run('build', input, '--out', narrow, '--tables', 'ladder', '--ladder-n', '2')).toBe(0);
    const ladder = join(narrow, 'ladder_NIFTY_2026-01-08.parquet');
    const [shape] = toRows(
      await db.query(`SELECT min(k) AS lo, max(k) AS hi, count(*) AS n FROM read_parquet('${ladder}')`),
    );
    expect(shape).toEqual({ lo: -2, hi: 2, n: 22_501 * 10 });
    for (const bad of ['0', '21', '2.5', 'five']) {
      expect(await run('build', input, '--out', narrow, '--ladder-n', bad)).toBe(2);
    }
  });

  it('names what it cannot read, goes on, says so in the manifest and exits 1', async () => {
    const input = join(dir, 'odd', 'in');
    const day = join(input, '2026-01-08', 'NIFTY');
    const good = await goodDay(day);
    await damagedCopy(db, good, join(day, 'part-1.parquet'), 'spot_price');
    symlinkSync(join(dir, 'nowhere.parquet'), join(day, 'dangling.parquet'));
    const fifo = join(dir, 'odd', 'fifo.parquet');
    execFileSync('mkfifo', [fifo]);
    const out = join(dir, 'odd', 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.features_NIFTY_2026-01-08.csv.partial'), 'left by a killed run');
    const manifest = join(dir, 'odd', 'run.json');

    expect(await run('build', input, fifo, '--out', out, '--format', 'csv', '--manifest', manifest)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(EXPORT_TABLES.map((table) => `${table}_NIFTY_2026-01-08.csv`).sort());
    const written = JSON.parse(readFileSync(manifest, 'utf8'));
    const problems = Object.fromEntries(
      written.inputs.map((i: { path: string; problem: string | null }) => [i.path.split('/').at(-1), i.problem]),
    );
    expect(problems['part-0.parquet']).toBeNull();
    expect(problems['dangling.parquet']).toMatch(
      /^cannot be opened \(.*ENOENT.*\); a dangling link or a removed file$/,
    );
    expect(problems['fifo.parquet']).toBe('not a regular file (a FIFO, socket or device): not read');
    expect(problems['part-1.parquet']).toMatch(/^could not be read when its pages were \(.+\)/);
    expect(written.datasets).toMatchObject([
      {
        dataset: 'NIFTY/2026-01-08',
        status: 'written',
        files: 1,
        missing_files: [{ path: join(day, 'part-1.parquet') }],
      },
    ]);
    expect(errors.at(-1)).toMatch(/^written 1, skipped 0, failed 0 of 1 datasets; 3 files not used$/);
    // the day is the good file's alone: its volumes, not the damaged copy's
    const features = readFileSync(join(out, 'features_NIFTY_2026-01-08.csv'), 'utf8').split('\n');
    expect(volumeAll(features)).toBe('2');
  });

  it('reads a file copied under another name once; that, and a file not named .parquet, do not fail the run', async () => {
    const input = join(dir, 'copies', 'in', '2026-01-08', 'NIFTY');
    const good = await goodDay(input);
    writeFileSync(join(input, 'part-9.parquet'), readFileSync(good));
    writeFileSync(join(input, 'readme.txt'), 'what this folder holds');
    const out = join(dir, 'copies', 'out');
    expect(await run('build', join(dir, 'copies', 'in'), '--out', out, '--format', 'csv')).toBe(0);
    expect(errors).toContain(
      `skipped ${join(input, 'part-9.parquet')}: the same content as ${good}, which is read instead`,
    );
    const features = readFileSync(join(out, 'features_NIFTY_2026-01-08.csv'), 'utf8').split('\n');
    expect(volumeAll(features)).toBe('2'); // not 4
  });

  it('refuses a thresholds file that breaks the schema, naming the key and the rule, with exit code 2', async () => {
    const config = join(dir, 'thresholds.json');
    const out = join(dir, 'config-out');
    for (const [text, error] of [
      ['null', 'thresholds must be an object of underlyings, not null'],
      ['{"NIFTY":{"0":{"kHard":"abc"}}}', 'NIFTY.0.kHard: must be a number > 0, not "abc"'],
      ['{"NIFTY":{"0":{"k_hard":3}}}', "NIFTY.0.k_hard: unknown threshold; did you mean 'kHard'?"],
      ['{"NIFTY":{"0":{"mergeGapS":-1}}}', 'NIFTY.0.mergeGapS: must be a whole number >= 0, not -1'],
      ['{"NIFTY":{"0":{"fear":{"lateFrom":"3pm"}}}}', `NIFTY.0.fear.lateFrom: must be a time 'HH:MM:SS', not "3pm"`],
      ['{"NIFTY":{"0":{"chop":{"er_max":0.4}}}}', "NIFTY.0.chop.er_max: unknown threshold; did you mean 'erMax'?"],
      ['{"NIFTY":', 'not JSON'],
    ] as const) {
      writeFileSync(config, text);
      expect(await run('build', dir, '--out', out, '--config', config)).toBe(2);
      expect(errors.join('\n')).toContain(error);
      errors.length = 0;
    }
    expect(existsSync(out)).toBe(false);
  });

  it("builds the second layer with the config's thresholds", async () => {
    // a CE's bid side (depth 300) thins to 100 for 2 s with nothing traded: a vacuum by the
    // defaults (min 2 s), none when the config asks for 3 s (NIFTY, 5 days to expiry: bucket '6+')
    const input = join(dir, 'second', 'in', '2026-01-08', 'NIFTY');
    mkdirSync(input, { recursive: true });
    const quote = (time: string, bidQtys: number[]) => ({
      time,
      spot: 25_860,
      bids: [100, 99.95, 99.9],
      bidQtys,
      asks: [100.5, 100.55, 100.6],
      askQtys: [100, 100, 100],
    });
    await writeTickFile(db, join(input, 'part-0.parquet'), [
      quote('09:15:00', [100, 100, 100]),
      quote('10:00:00', [100, 0, 0]),
      quote('10:00:02', [100, 100, 100]),
    ]);
    const vacuums = async (...config: string[]) => {
      const out = join(dir, 'second', `out${config.length}`);
      const args = ['build', join(dir, 'second', 'in'), '--out', out, '--format', 'csv', '--tables', 'liquidity'];
      expect(await run(...args, ...config)).toBe(0);
      const lines = readFileSync(join(out, 'liquidity_NIFTY_2026-01-08.csv'), 'utf8').trim().split('\n');
      const columns = lines[0]?.split(',') ?? [];
      return lines.slice(1).map((line) => {
        const cells = line.split(',');
        return ['kind', 'side', 'start_ts', 'duration_s'].map((c) => cells[columns.indexOf(c)]);
      });
    };
    expect(await vacuums()).toEqual([['vacuum', 'bid', '2026-01-08 10:00:00', '2']]);
    const config = join(dir, 'second', 'thresholds.json');
    writeFileSync(config, '{"NIFTY":{"6+":{"liquidity":{"minDurationS":3}}}}');
    expect(await vacuums('--config', config)).toEqual([]);
  });

  it('says which of two columns that differ only in case it reads (native DuckDB reads such a file)', async () => {
    const input = join(dir, 'cases', 'in', '2026-01-08', 'NIFTY');
    const good = await goodDay(input);
    const path = join(input, 'part-1.parquet');
    // DuckDB 0.9 writes both names (and refuses to read them: the app names such a file)
    await db.query(
      `COPY (SELECT * EXCLUDE (vol_delta), 0 AS vol_delta, 99999.0 AS STRIKE FROM read_parquet('${good}'))
        TO '${path}' (FORMAT PARQUET)`,
    );
    const out = join(dir, 'cases', 'out');
    expect(await run('build', join(dir, 'cases', 'in'), '--out', out, '--format', 'csv')).toBe(0);
    expect(errors).toContain(`note ${path}: columns 'strike' and 'STRIKE' differ only in case: 'strike' is used`);
    const features = readFileSync(join(out, 'features_NIFTY_2026-01-08.csv'), 'utf8').split('\n');
    expect(features[1]?.split(',')[18]).toBe('100.0'); // ce_bid: the ATM option is found at 'strike', not 99,999
  });
});
