// Writes the folder the end-to-end tests open, with the project's own generator: the sample
// NIFTY expiry day and BANKNIFTY day in their shards, a text file and a Parquet file without
// `strike`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDatabase } from '../src/db/node';
import { SAMPLE_DAYS, writeSampleDays } from '../src/sample/sampleDays';
import { writeTickFile } from '../src/sample/tickRows';

export const FIXTURES = join(import.meta.dirname, '.fixtures');
export const FOLDER = join(FIXTURES, 'day');
const DAYS = [SAMPLE_DAYS[0]!, SAMPLE_DAYS[2]!];

export default async function writeFixtures(): Promise<void> {
  const done = join(FIXTURES, 'done');
  if (existsSync(done)) return;
  const folderOf = (day: { tradeDate: string; underlying: string }) => {
    const folder = join(FOLDER, day.tradeDate, day.underlying);
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  const db = await openNodeDatabase();
  await writeSampleDays(db, (day, shard) => join(folderOf(day), `part-${shard}.parquet`), DAYS);
  await writeTickFile(db, join(folderOf(DAYS[0]!.request), 'no-strike.parquet'), [{ time: '09:15:00', spot: 25870 }], {
    omit: ['strike'],
  });
  writeFileSync(join(FOLDER, 'readme.txt'), 'notes about this folder, not data');
  writeFileSync(done, new Date().toISOString());
}
