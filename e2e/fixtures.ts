// Writes the folders the end-to-end tests open, with the project's own generator: the sample
// NIFTY expiry day and BANKNIFTY day in their shards, a text file and a Parquet file without
// `strike`; and the sample's day before expiry in 200 shards, with two damaged copies of shards;
// the BANKNIFTY day polled once a minute; and a day that fails.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatorHash } from '../scripts/generatorHash';
import { sqlString } from '../src/db/database';
import { openNodeDatabase } from '../src/db/node';
import { damagedCopy, damagePages } from '../src/sample/badFiles';
import { generateDay } from '../src/sample/generate';
import { SAMPLE_DAYS, writeSampleDays } from '../src/sample/sampleDays';
import { writeShards } from '../src/sample/shards';
import { writeTickFile } from '../src/sample/tickRows';

export const FIXTURES = join(import.meta.dirname, '.fixtures');
export const FOLDER = join(FIXTURES, 'day');
/** NIFTY/2026-01-12 in MANY_SHARDS files, and DAMAGED. */
export const MANY_FOLDER = join(FIXTURES, 'many');
export const MANY_SHARDS = 200;
export const DAMAGED = 'part-damaged.parquet';
/** Its footer intact, its spot pages damaged: found only as the day is built. */
export const UNREADABLE = 'part-unreadable.parquet';
/** The BANKNIFTY sample day as a feed polled once a minute gives it: the rows at second :00. */
export const SPARSE_FOLDER = join(FIXTURES, 'sparse');
/** A day that cannot be computed: its only option expired before it. */
export const FAILING_FOLDER = join(FIXTURES, 'failing');
const DAYS = [SAMPLE_DAYS[0]!, SAMPLE_DAYS[2]!];

export default async function writeFixtures(): Promise<void> {
  // written again when the generator or this file changes
  const done = join(FIXTURES, `done-v6-${generatorHash()}`);
  if (existsSync(done)) return;
  rmSync(FIXTURES, { recursive: true, force: true });
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

  const many = join(MANY_FOLDER, '2026-01-12', 'NIFTY');
  mkdirSync(many, { recursive: true });
  const shards = Array.from({ length: MANY_SHARDS }, (_, i) =>
    join(many, `part-${String(i).padStart(3, '0')}.parquet`),
  );
  await writeShards(db, generateDay(SAMPLE_DAYS[1]!.request), 'round-robin', shards);
  copyFileSync(shards[0]!, join(many, DAMAGED));
  damagePages(join(many, DAMAGED));
  await damagedCopy(db, shards[1]!, join(many, UNREADABLE), 'spot_price');

  const polled = join(SPARSE_FOLDER, '2026-01-13', 'BANKNIFTY');
  mkdirSync(polled, { recursive: true });
  const day = sqlString(join(FOLDER, '2026-01-13', 'BANKNIFTY', '*.parquet'));
  await db.query(
    `COPY (SELECT * FROM read_parquet(${day}) WHERE second("timestamp") = 0 ORDER BY "timestamp")
      TO ${sqlString(join(polled, 'polled.parquet'))} (FORMAT PARQUET)`,
  );

  const failing = join(FAILING_FOLDER, '2026-01-20', 'NIFTY');
  mkdirSync(failing, { recursive: true });
  await writeTickFile(db, join(failing, 'part-0.parquet'), [
    { date: '2026-01-20', time: '09:15:00', spot: 25870, expiry: '2026-01-13' },
  ]);
  writeFileSync(done, new Date().toISOString());
}
