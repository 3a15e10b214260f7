// Bad inputs as users' folders have them, made from good files by the project's own means: the
// bad-input tests (unit and end-to-end) put them beside good days.
import { readFileSync, writeFileSync } from 'node:fs';
import { type Database, sqlString } from '../db/database';

/** Flips bytes of `path` in [start, end), every `step`-th one. */
export function flipBytes(path: string, start: number, end: number, step = 1): void {
  const bytes = readFileSync(path);
  for (let i = start; i < Math.min(end, bytes.length); i += step) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
}

/** Damaged data pages, the footer intact: every 97th byte from offset 64 to 8 KiB before the end. */
export function damagePages(path: string): void {
  const size = readFileSync(path).length;
  flipBytes(path, 64, size - 8192, 97);
}

/** Where the column's chunk of the first row group lies in the file: [start, end). */
export async function columnChunk(db: Database, path: string, column: string): Promise<[number, number]> {
  const [chunk] = (
    await db.query(
      `SELECT coalesce(dictionary_page_offset, data_page_offset)::DOUBLE AS start, total_compressed_size::DOUBLE AS size
       FROM parquet_metadata(${sqlString(path)}) WHERE path_in_schema = ${sqlString(column)} ORDER BY row_group_id LIMIT 1`,
    )
  ).toArray();
  if (!chunk) throw new Error(`${path}: no column ${column}`);
  return [Number(chunk.start), Number(chunk.start) + Number(chunk.size)];
}

/**
 * A copy of `good` whose spot is 1,000 points higher (so that its rows, if they were read, would
 * change the day), written uncompressed; `column`'s data are then damaged: every byte flipped,
 * or with 'utf8' its text made invalid UTF-8. Its footer is intact: inspection passes, and the
 * file fails only when the column's pages are read.
 */
export async function damagedCopy(
  db: Database,
  good: string,
  path: string,
  column: string,
  how: 'flip' | 'utf8' = 'flip',
): Promise<void> {
  await db.query(
    `COPY (SELECT * REPLACE (spot_price + 1000 AS spot_price) FROM read_parquet(${sqlString(good)}))
     TO ${sqlString(path)} (FORMAT PARQUET, COMPRESSION 'uncompressed')`,
  );
  const [start, end] = await columnChunk(db, path, column);
  if (how === 'flip') return flipBytes(path, start, end);
  const bytes = readFileSync(path);
  // 'CE' and 'PE' become a lead byte without its continuation
  for (let i = start; i < end - 1; i++)
    if (bytes[i + 1] === 0x45 && (bytes[i] === 0x43 || bytes[i] === 0x50)) bytes[i] = 0xc3;
  writeFileSync(path, bytes);
}
