import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { writeTickFile } from '../sample/tickRows';
import { at, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;
let dir: string;
beforeAll(async () => {
  db = await testDatabase();
  dir = tempFolder();
});

describe('the one-second grid', () => {
  it('has 22,501 rows from 09:15:00 to 15:30:00 inclusive, seeded by a pre-open row', async () => {
    const path = shardPath(dir, 'pre-open.parquet');
    await writeTickFile(db, path, [
      { time: '09:10:00.500', spot: 25800, bids: [90], asks: [91] },
      { time: '15:30:00.900', spot: 25900 },
      { time: '15:30:01.000', spot: 99999, vol: 7 }, // after the close: ignored
    ]);
    const { features } = await computePaths(db, [path]);
    const time = features.time!;
    expect(time.length).toBe(22_501);
    expect(time[0]).toBe(Date.UTC(2026, 0, 8, 9, 15, 0) / 1000);
    expect(time[22_500]).toBe(Date.UTC(2026, 0, 8, 15, 30, 0) / 1000);
    // the pre-open row seeds the open: observed at 09:10:00, so 300 s old at 09:15:00
    expect(features.spot![0]).toBe(25800);
    expect(features.spot_observed![0]).toBe(0);
    expect(features.spot_age_s![0]).toBe(300);
    expect(features.spot![22_500]).toBe(25900);
    expect(features.spot_observed![22_500]).toBe(1);
    expect(features.volume_all![22_500]).toBe(0);
    expect(Math.max(...features.spot!.filter((v) => !Number.isNaN(v)))).toBe(25900);
  });
});
