// Several engines share a dataset's scans (the browser runs one per core): each scans its share
// of the files, and the first merges the shares. The result must be the one engine's, exactly.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { SAMPLE_DAYS, writeSampleDays } from '../sample/sampleDays';
import { writeTickFile } from '../sample/tickRows';
import { at, defaultOptions, session, shardPath, tempFolder, testDatabase } from '../test/kit';
import { computeDataset, type DatasetResult } from './compute';
import { inspectFiles, type Loaded } from './load';

let one: Database;
let three: Database[];
let dir: string;

beforeAll(async () => {
  one = await testDatabase();
  three = [one, await openNodeDatabase(), await openNodeDatabase()];
  dir = tempFolder();
}, 60_000);

async function computeOn(engines: Database[], paths: string[], key: string): Promise<[Loaded, DatasetResult]> {
  const loaded = await inspectFiles(
    engines,
    paths.map((path) => ({ path })),
    session,
  );
  const dataset = loaded.datasets.find((d) => d.key === key);
  if (!dataset) throw new Error(`no ${key}: ${JSON.stringify(loaded.problems)}`);
  return [loaded, await computeDataset(engines, dataset, loaded.files, defaultOptions)];
}

describe('several engines', () => {
  it('take the last row of a second whole when the tied files are on different engines', async () => {
    const first = shardPath(dir, 'a.parquet');
    const second = shardPath(dir, 'b.parquet');
    await writeTickFile(one, first, [
      { time: '09:17:00.500', spot: 25801, strike: 25800, bids: [11] },
      { time: '09:17:01.900', spot: 25805, strike: 25800, bids: [0] }, // the last row at 09:17:01: no bid
    ]);
    await writeTickFile(one, second, [
      { time: '09:17:00.500', spot: 25803, strike: 25800, bids: [12] }, // ties with a's row; b sorts later
      { time: '09:17:01.100', spot: 25806, strike: 25800, bids: [13] },
    ]);
    const [, { features: f }] = await computeOn(three.slice(0, 2), [first, second], 'NIFTY/2026-01-08');
    expect([f.spot?.[at('09:17:00')], f.ce_bid?.[at('09:17:00')]]).toEqual([25803, 12]);
    expect([f.spot?.[at('09:17:01')], f.ce_bid?.[at('09:17:01')]]).toEqual([25805, Number.NaN]);
  });

  it('give sample days cell for cell what one engine gives, bursts included', async () => {
    // round-robin puts the rows of most seconds of every instrument into several files
    const days = SAMPLE_DAYS.filter((d) => d.request.tradeDate === '2026-01-13').map((d) =>
      d.request.underlying === 'NIFTY' ? { ...d, layout: 'round-robin' as const, shards: 6 } : d,
    );
    const paths = await writeSampleDays(
      one,
      (day, shard) => {
        const folder = join(dir, 'sample', day.tradeDate, day.underlying);
        mkdirSync(folder, { recursive: true });
        return join(folder, `part-${shard}.parquet`);
      },
      days,
    );
    for (const key of ['NIFTY/2026-01-13', 'BANKNIFTY/2026-01-13']) {
      const [loadedOne, alone] = await computeOn([one], paths, key);
      const [loadedThree, shared] = await computeOn(three, paths, key);
      expect(loadedThree.datasets).toEqual(loadedOne.datasets);
      expect(loadedThree.problems).toEqual([]);
      expect(alone.bursts.length).toBeGreaterThan(0);
      expect(shared.bursts).toEqual(alone.bursts);
      expect(shared.info).toEqual(alone.info);
      expect(shared.quality).toEqual(alone.quality);
      expect(Object.keys(shared.features)).toEqual(Object.keys(alone.features));
      for (const [column, values] of Object.entries(alone.features)) {
        expect([column, Array.from(shared.features[column] ?? [])]).toEqual([column, Array.from(values)]);
      }
    }
  }, 240_000);
});
