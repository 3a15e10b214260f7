// The browser's engine (duckdb-wasm 1.28 = DuckDB 0.9.1, here under Node) and the batch command
// (native DuckDB 1.5) run the same SQL on the same generated days; their outputs must agree:
// same rows, same NULLs, equal integers and strings, floats within 1e-12 relative.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { writeExport } from '../src/export/exportTable';
import { computeDataset } from '../src/pipeline/compute';
import { writeSampleDays } from '../src/sample/sampleDays';
import { defaultOptions, loadPaths, tempFolder, testDatabase } from '../src/test/kit';
import { main } from './main';

let wasm: Database;
let dir: string;
const keys = ['BANKNIFTY/2026-01-13', 'NIFTY/2026-01-12', 'NIFTY/2026-01-13'];

beforeAll(async () => {
  wasm = await testDatabase();
  dir = tempFolder();
  const input = join(dir, 'in');
  const paths = await writeSampleDays(wasm, (day, shard) => {
    const folder = join(input, day.tradeDate, day.underlying);
    mkdirSync(folder, { recursive: true });
    return join(folder, `part-${shard}.parquet`);
  });
  const loaded = await loadPaths(wasm, paths);
  mkdirSync(join(dir, 'wasm'));
  for (const key of keys) {
    const dataset = loaded.datasets.find((d) => d.key === key)!;
    await computeDataset(wasm, dataset, loaded.files, defaultOptions);
    for (const table of ['features', 'bursts'] as const) {
      await writeExport(wasm, table, 'parquet', join(dir, 'wasm', `${table}_${key.replace('/', '_')}.parquet`));
    }
  }
  expect(await main(['build', input, '--out', join(dir, 'native'), '--threads', '2'])).toBe(0);
}, 300_000);

async function rows(path: string): Promise<Record<string, unknown>[]> {
  const table = await wasm.query(`SELECT * FROM read_parquet('${path}')`);
  return table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
  return String(a) === String(b);
}

describe('parity of the browser engine and the batch command', () => {
  for (const key of keys) {
    for (const table of ['features', 'bursts']) {
      it(`${table} of ${key}`, async () => {
        const name = `${table}_${key.replace('/', '_')}.parquet`;
        const [browser, native] = [await rows(join(dir, 'wasm', name)), await rows(join(dir, 'native', name))];
        expect(native.length).toBe(browser.length);
        if (table === 'features') expect(native.length).toBe(22_501);
        const differences: string[] = [];
        browser.forEach((row, i) => {
          for (const [column, value] of Object.entries(row)) {
            const other = native[i]?.[column];
            if ((value === null) !== (other === null) || !same(value, other)) {
              differences.push(`row ${i} ${column}: ${String(value)} vs ${String(other)}`);
            }
          }
        });
        expect(differences.slice(0, 10)).toEqual([]);
      });
    }
  }
});
