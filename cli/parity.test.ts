// The browser's engine (duckdb-wasm 1.28 = DuckDB 0.9.1, here under Node) and the batch command
// (native DuckDB 1.5) run the same SQL on the same generated days; their outputs must agree:
// same rows, same NULLs, equal integers and strings, floats within 1e-12 relative (IVs, solved by
// one TypeScript module on each engine's inputs, within 1e-10 absolute).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { EXPORT_TABLES, writeExport } from '../src/export/exportTable';
import { toRows } from '../src/pipeline/columns';
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
    for (const table of EXPORT_TABLES) {
      await writeExport(wasm, table, 'parquet', join(dir, 'wasm', `${table}_${key.replace('/', '_')}.parquet`));
    }
  }
  expect(await main(['build', input, '--out', join(dir, 'native'), '--threads', '2'])).toBe(0);
}, 300_000);

const FLOAT = /^(DOUBLE|FLOAT|REAL)$/;

/** Per column, how many rows differ (by position) between two Parquet files, beyond the tolerances. */
async function differences(a: string, b: string): Promise<Record<string, number>> {
  const described = toRows(await wasm.query(`DESCRIBE SELECT * FROM read_parquet('${a}')`));
  const differs = described.map(({ column_name: name, column_type: type }) => {
    const [x, y] = [`a."${name}"`, `b."${name}"`];
    const tolerance =
      name === 'iv' ? `abs(${x} - ${y}) <= 1e-10` : `abs(${x} - ${y}) <= 1e-12 * greatest(abs(${x}), abs(${y}))`;
    const same = FLOAT.test(String(type))
      ? `${x} IS NOT DISTINCT FROM ${y} OR ${tolerance}`
      : `${x} IS NOT DISTINCT FROM ${y}`;
    return `count(*) FILTER (WHERE NOT coalesce(${same}, false)) AS "${name}"`;
  });
  const numbered = (path: string) => `(SELECT *, row_number() OVER () AS n FROM read_parquet('${path}'))`;
  const sql = `SELECT ${differs.join(', ')}, count(*) AS rows FROM ${numbered(a)} a FULL JOIN ${numbered(b)} b USING (n)`;
  const [counts] = toRows(await wasm.query(sql));
  return Object.fromEntries(Object.entries(counts ?? {}).filter(([name, n]) => name === 'rows' || n !== 0)) as Record<
    string,
    number
  >;
}

describe('parity of the browser engine and the batch command', () => {
  for (const key of keys) {
    for (const table of EXPORT_TABLES) {
      it(`${table} of ${key}`, async () => {
        const name = `${table}_${key.replace('/', '_')}.parquet`;
        const [browser, native] = [join(dir, 'wasm', name), join(dir, 'native', name)];
        const rows = toRows(await wasm.query(`SELECT count(*) AS n FROM read_parquet('${browser}')`))[0]?.n;
        if (table === 'features') expect(rows).toBe(22_501);
        if (table === 'ladder') expect(rows).toBe(22_501 * 22);
        // only the row count, when every column agrees
        expect(await differences(browser, native)).toEqual({ rows });
      });
    }
  }
});
