// The benchmark's data, generated once into bench/data/ (outside git): a full NIFTY day of about
// 5 million rows (all strikes of three expiries, 12 shards) and a 20-day set of such days.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from '../../cli/files';
import { openNodeDatabase } from '../../src/db/node';
import { type DayRequest, generateDay } from '../../src/sample/generate';
import { writeShards } from '../../src/sample/shards';
import { generatorHash } from '../generatorHash';

export const DATA = join(import.meta.dirname, '..', '..', 'bench', 'data');
const SHARDS = 12;

function fullDay(tradeDate: string, seed: number): DayRequest {
  const day = Date.parse(`${tradeDate}T00:00:00Z`);
  const tuesday = (from: number) => new Date(from + ((2 - new Date(from).getUTCDay() + 7) % 7) * 86_400_000);
  const expiry = (weeks: number) =>
    tuesday(day + weeks * 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
  return {
    underlying: 'NIFTY',
    tradeDate,
    expiries: [expiry(0), expiry(1), expiry(2)],
    spotOpen: 25_000 + (seed % 1000),
    strikeStep: 50,
    strikesEachSide: 30,
    seed,
    quoteRate: 0.6,
    bursts: [
      { at: '10:02:15', seconds: 40, direction: 'down' },
      { at: '13:10:00', seconds: 30, direction: 'up' },
    ],
    feedGaps: [{ at: '12:30:00', seconds: 45 }],
  };
}

async function writeDay(folder: string, request: DayRequest): Promise<number> {
  const dayFolder = join(folder, request.tradeDate, request.underlying);
  mkdirSync(dayFolder, { recursive: true });
  const columns = generateDay(request);
  const paths = Array.from({ length: SHARDS }, (_, i) => join(dayFolder, `part-${String(i).padStart(2, '0')}.parquet`));
  // a fresh engine per day keeps its wasm heap small
  await writeShards(await openNodeDatabase(), columns, 'by-expiry-and-type', paths);
  return columns.length;
}

/** Weekdays from 2026-01-05 on. */
function weekdays(count: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse('2026-01-05T00:00:00Z'); out.length < count; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Generates the days unless the same generator wrote them; returns the folder and its row count. */
export async function ensureDays(name: string, count: number): Promise<{ folder: string; rows: number }> {
  const folder = join(DATA, name);
  const marker = `${folder}.rows`;
  const generator = generatorHash();
  const [rowsWritten, writtenBy] = existsSync(marker) ? readFileSync(marker, 'utf8').split(' ') : [];
  if (writtenBy === generator) return { folder, rows: Number(rowsWritten) };
  rmSync(folder, { recursive: true, force: true });
  let rows = 0;
  for (const [i, date] of weekdays(count).entries()) {
    process.stderr.write(`generating ${name}: ${date} (${i + 1}/${count})\n`);
    rows += await writeDay(folder, fullDay(date, 5_000_000 + i));
  }
  writeFileSync(marker, `${rows} ${generator}`);
  return { folder, rows };
}

/** The bytes of every file under `folder`. */
export function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Reads every file of the folder once, so that a timed run finds its input in the OS page cache.
 * This machine drops the page cache within minutes; without this, a run's figure depends on how
 * long ago the files were last read (cold: 0.31 s more for the one-day folder, read alone).
 */
export function warmPageCache(folder: string): void {
  const buffer = Buffer.alloc(8 * 2 ** 20);
  for (const path of collectFiles([folder]).paths) {
    const fd = openSync(path, 'r');
    try {
      while (readSync(fd, buffer) > 0);
    } finally {
      closeSync(fd);
    }
  }
}
