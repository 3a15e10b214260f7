import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { computeDataset, type DatasetResult } from '../pipeline/compute';
import type { Loaded } from '../pipeline/load';
import { underlyingFromPath } from '../pipeline/underlying';
import { datasetsBothWays, defaultOptions, loadPaths, tempFolder, testDatabase } from '../test/kit';
import { SAMPLE_DAYS, writeSampleDays } from './sampleDays';

let db: Database;
let loaded: Loaded;
let paths: string[];
beforeAll(async () => {
  db = await testDatabase();
  const dir = tempFolder();
  paths = await writeSampleDays(db, (day, shard) => {
    const folder = join(dir, day.tradeDate, day.underlying);
    mkdirSync(folder, { recursive: true });
    return join(folder, `part-${shard}.parquet`);
  });
  loaded = await loadPaths(db, paths);
}, 180_000);

async function compute(key: string): Promise<DatasetResult> {
  const dataset = loaded.datasets.find((d) => d.key === key);
  if (!dataset) throw new Error(key);
  return computeDataset(db, dataset, loaded.files, defaultOptions);
}

describe('the sample days', () => {
  it('load as three datasets from thirty shards with no problems', () => {
    expect(paths.length).toBe(SAMPLE_DAYS.reduce((n, d) => n + d.shards, 0));
    expect(loaded.problems).toEqual([]);
    expect(loaded.datasets.map((d) => [d.key, d.files.length])).toEqual([
      ['BANKNIFTY/2026-01-13', 8],
      ['NIFTY/2026-01-12', 10],
      ['NIFTY/2026-01-13', 12],
    ]);
  });

  it("give each shard's datasets from its row groups' statistics, as counting its rows does", async () => {
    for (const path of paths) {
      const { statistics, rows } = await datasetsBothWays(db, path, underlyingFromPath(path));
      expect(statistics).toEqual(rows);
      expect(loaded.files.get(path)?.datasets).toEqual(rows);
    }
  });

  it('give the expiry day DTE 0 and the day before DTE 1', async () => {
    expect((await compute('NIFTY/2026-01-13')).info).toMatchObject({ dteDays: 0, dteBucket: '0', strikeStep: 50 });
    expect((await compute('NIFTY/2026-01-12')).info).toMatchObject({ dteDays: 1, dteBucket: '2' });
  });

  it('show each injected burst as a burst of its direction', async () => {
    const day = SAMPLE_DAYS[0]!.request;
    const { bursts, info } = await compute('NIFTY/2026-01-13');
    const open = Date.parse(`${info.tradeDate}T00:00:00Z`) / 1000;
    for (const injected of day.bursts) {
      const [h, m, s] = injected.at.split(':').map(Number);
      const start = open + h! * 3600 + m! * 60 + s!;
      const hit = bursts.find(
        (b) => (b.start_time as number) <= start + injected.seconds && (b.end_time as number) >= start,
      );
      expect(hit, `burst at ${injected.at}`).toBeDefined();
      expect(hit!.direction).toBe(injected.direction);
    }
  });
});
