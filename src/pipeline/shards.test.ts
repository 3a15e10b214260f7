// One generated day written four ways (one file; by strike; by expiry and type; by time) and
// listed in two orders must give the very same features and bursts, value for value.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { generateDay, type TickColumns } from '../sample/generate';
import { SAMPLE_DAYS } from '../sample/sampleDays';
import { type ShardLayout, writeShards } from '../sample/shards';
import { computePaths, tempFolder, testDatabase } from '../test/kit';
import type { DatasetResult } from './compute';

const request = { ...SAMPLE_DAYS[0]!.request, strikesEachSide: 3, quoteRate: 0.3 };
let db: Database;
let day: TickColumns;
let dir: string;

async function written(layout: ShardLayout, shards: number): Promise<string[]> {
  const folder = join(dir, layout, request.tradeDate, request.underlying);
  mkdirSync(folder, { recursive: true });
  const paths = Array.from({ length: shards }, (_, i) => join(folder, `part-${i}.parquet`));
  return writeShards(db, day, layout, paths);
}

let reference: DatasetResult;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
  day = generateDay(request);
  reference = await computePaths(db, await written('round-robin', 1));
}, 120_000);

describe('shards', () => {
  it('the reference day has bursts, quotes and a feed gap to compare', () => {
    expect(reference.bursts.length).toBeGreaterThan(0);
    expect(reference.features.ce_mid!.some((v) => !Number.isNaN(v))).toBe(true);
    expect(reference.features.spot_observed!.some((v) => v === 0)).toBe(true);
  });

  for (const [layout, shards] of [
    ['by-strike', 3],
    ['by-expiry-and-type', 8],
    ['by-time', 5],
  ] as const) {
    it(`split ${layout} into ${shards} files, in either listing order, gives identical output`, async () => {
      const paths = await written(layout, shards);
      for (const order of [paths, [...paths].reverse()]) {
        const result = await computePaths(db, order);
        expect(result.features).toEqual(reference.features);
        expect(result.bursts).toEqual(reference.bursts);
        expect(result.quality).toEqual(reference.quality);
      }
    });
  }
});
