// The browser's engine (duckdb-wasm 1.28 = DuckDB 0.9.1, here under Node) and the batch command
// (native DuckDB 1.5) run the same SQL on the same generated days; their outputs must agree:
// same rows, same NULLs, equal integers and strings, floats within 1e-12 relative (IVs, solved by
// one TypeScript module on each engine's inputs, within 1e-10 absolute).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { EXPORT_TABLES, writeExport } from '../src/export/exportTable';
import { writeTruthCsv } from '../src/export/truthExport';
import { toRows } from '../src/pipeline/columns';
import { computeDataset } from '../src/pipeline/compute';
import { writeSampleDays } from '../src/sample/sampleDays';
import { defaultOptions, loadPaths, session, tempFolder, testDatabase } from '../src/test/kit';
import { DEFAULT_TRUTH_SETTINGS, type TruthDay, truthDay } from '../src/truth/truthDay';
import { truthTable } from '../src/truth/truthTable';
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
  const truthDays = new Map<string, TruthDay[]>();
  for (const key of keys) {
    const dataset = loaded.datasets.find((d) => d.key === key)!;
    await computeDataset(wasm, dataset, loaded.files, defaultOptions);
    const days = truthDays.get(dataset.underlying) ?? [];
    truthDays.set(dataset.underlying, [...days, await truthDay(wasm, DEFAULT_TRUTH_SETTINGS(session))]);
    for (const table of EXPORT_TABLES) {
      await writeExport(wasm, table, 'parquet', join(dir, 'wasm', `${table}_${key.replace('/', '_')}.parquet`));
    }
  }
  for (const [underlying, days] of truthDays) {
    await writeTruthCsv(wasm, truthTable(days), join(dir, 'wasm', `truth_${underlying}.csv`));
  }
  expect(await main(['build', input, '--out', join(dir, 'native'), '--threads', '2'])).toBe(0);
  expect(await main(['truth', input, '--out', join(dir, 'native'), '--threads', '2'])).toBe(0);
}, 400_000);

const FLOAT = /^(DOUBLE|FLOAT|REAL)$/;

/** Per column, how many rows differ (by position) between two Parquet files, beyond the tolerances. */
async function differences(a: string, b: string, reader = 'read_parquet'): Promise<Record<string, number>> {
  const described = toRows(await wasm.query(`DESCRIBE SELECT * FROM ${reader}('${a}')`));
  const differs = described.map(({ column_name: name, column_type: type }) => {
    const [x, y] = [`a."${name}"`, `b."${name}"`];
    const tolerance =
      name === 'iv' ? `abs(${x} - ${y}) <= 1e-10` : `abs(${x} - ${y}) <= 1e-12 * greatest(abs(${x}), abs(${y}))`;
    const same = FLOAT.test(String(type))
      ? `${x} IS NOT DISTINCT FROM ${y} OR ${tolerance}`
      : `${x} IS NOT DISTINCT FROM ${y}`;
    return `count(*) FILTER (WHERE NOT coalesce(${same}, false)) AS "${name}"`;
  });
  const numbered = (path: string) => `(SELECT *, row_number() OVER () AS n FROM ${reader}('${path}'))`;
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

describe('parity of the truth tables', () => {
  for (const [underlying, dates] of [
    ['NIFTY', '2026-01-12_2026-01-13'],
    ['BANKNIFTY', '2026-01-13_2026-01-13'],
  ]) {
    it(`of ${underlying}`, async () => {
      const [browser, native] = [
        join(dir, 'wasm', `truth_${underlying}.csv`),
        join(dir, 'native', `truth_${underlying}_${dates}.csv`),
      ];
      const rows = toRows(await wasm.query(`SELECT count(*) AS n FROM read_csv_auto('${browser}')`))[0]?.n;
      expect(rows).toBeGreaterThan(20);
      expect(await differences(browser, native, 'read_csv_auto')).toEqual({ rows });
      // the whole day in each time-of-day bucket's 'all' cells: 22,501 s a day
      const [total] = toRows(
        await wasm.query(
          `SELECT CAST(sum(seconds) AS DOUBLE) AS s FROM read_csv_auto('${native}') WHERE regime_in = 'all'`,
        ),
      );
      expect(Number(total?.s)).toBe(22_501 * (underlying === 'NIFTY' ? 2 : 1));
    });
  }
});
