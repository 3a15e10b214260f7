// The same work on native DuckDB (the batch command) and on duckdb-wasm under Node.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../cli/files';
import { openNodeDatabase } from '../../src/db/node';
import { buildDataset } from '../../src/pipeline/compute';
import { inspectFiles } from '../../src/pipeline/load';
import { DEFAULT_SESSION, thresholdsFor } from '../../src/pipeline/market';

const CLI = join(import.meta.dirname, '..', '..', 'cli', 'market-truth.mjs');

export interface NativeRun {
  /** The whole command, Node's start and the TypeScript loading included. */
  seconds: number;
  /** From opening DuckDB to the last output written (the command's manifest). */
  inProcessSeconds: number;
}

/** Times `market-truth build` over the folder, outputs in a fresh folder. */
export function nativeBuild(folder: string, threads: number): NativeRun {
  const out = mkdtempSync(join(tmpdir(), 'mt-bench-'));
  const manifest = join(out, 'manifest.json');
  const t0 = performance.now();
  execFileSync(
    process.execPath,
    [CLI, 'build', folder, '--out', out, '--threads', String(threads), '--manifest', manifest],
    { stdio: 'ignore' },
  );
  const seconds = (performance.now() - t0) / 1000;
  const inProcessSeconds = Number(JSON.parse(readFileSync(manifest, 'utf8')).seconds);
  rmSync(out, { recursive: true });
  return { seconds, inProcessSeconds };
}

/** The app's pipeline (inspect, build every dataset) on duckdb-wasm under Node; seconds. */
export async function wasmInNode(folder: string): Promise<number> {
  const paths = collectFiles([folder]).paths;
  const t0 = performance.now();
  const db = await openNodeDatabase();
  const loaded = await inspectFiles(
    db,
    paths.map((path) => ({ path })),
    DEFAULT_SESSION,
  );
  for (const dataset of loaded.datasets) {
    await buildDataset(db, dataset, loaded.files, {
      session: DEFAULT_SESSION,
      thresholds: (u, b) => thresholdsFor({}, u, b),
    });
  }
  return (performance.now() - t0) / 1000;
}
