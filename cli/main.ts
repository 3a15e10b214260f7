// `market-truth build <folder-or-files...> --out <dir>`: the app's SQL on native DuckDB, per dataset
// the tables of spec 7-13 (features_<U>_<DATE>, ...), written under a temporary name and renamed.
import { existsSync, mkdirSync, openAsBlob, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXPORT_TABLES,
  type ExportFormat,
  type ExportTable,
  exportFileName,
  writeExport,
} from '../src/export/exportTable';
import { errorMessage } from '../src/format';
import { DEFAULT_LADDER, ladderNError } from '../src/ladder/ladder';
import { buildDataset } from '../src/pipeline/compute';
import type { Dataset } from '../src/pipeline/datasets';
import { NOT_PARQUET } from '../src/pipeline/inspect';
import { forgetUnreadable, inspectFiles } from '../src/pipeline/load';
import { DEFAULT_SESSION, type ThresholdOverrides, thresholdsFor } from '../src/pipeline/market';
import { parseThresholds } from '../src/pipeline/thresholdsFile';
import { TICK } from '../src/stats/forward';
import { BOOTSTRAP_SEED } from '../src/stats/resample';
import { fingerprint } from '../src/truth/fingerprint';
import { bucketStarts, bucketStartsProblem, DEFAULT_BUCKET_MINUTES, truthDay } from '../src/truth/truthDay';
import { collectFiles, diskSource } from './files';
import { openNativeDatabase, publish } from './nativeDatabase';
import { progressLine } from './progress';
import { type BuiltDay, writeTruthTables } from './truth';

const USAGE = `usage: market-truth build <folder-or-files...> --out <dir>
       market-truth truth <folder-or-files...> --out <dir>   (spec 14: truth_<U>_<FIRST>_<LAST>.csv, .config.json)
  --format parquet|csv|both   outputs to write (default parquet)
  --tables <a,b,...>          tables to write (default all: ${EXPORT_TABLES.join(',')})
  --config <thresholds.json>  thresholds (bursts, liquidity, fear, chop), as the app exports them
  --ladder-n <n>              strikes each side of the ATM strike on the ladder (default 5, 1-20)
  --underlying <NAME>         only this underlying
  --from <YYYY-MM-DD>         only trade dates on or after
  --to <YYYY-MM-DD>           only trade dates on or before
  --threads <n>               DuckDB threads (default: all cores)
  --overwrite                 replace outputs that exist (default: skip the dataset)
  --manifest <file.json>      write a manifest of inputs, thresholds, versions and timings
  --bucket-minutes <n>        truth: time-of-day buckets of n minutes from the open (default 30)
  --bucket-starts <a,b,...>   truth: the buckets' starts instead, HH:MM:SS, the first the open
  --seed <n>                  truth: the bootstrap seed (default ${BOOTSTRAP_SEED})
exit code: 0 all written; 1 a dataset failed or an input file was not used; 2 bad arguments or config`;

function outputs(
  dataset: Dataset,
  format: string,
  tables: readonly ExportTable[],
): { table: ExportTable; format: ExportFormat; name: string }[] {
  const formats: ExportFormat[] = format === 'both' ? ['parquet', 'csv'] : [format as ExportFormat];
  return tables.flatMap((table) => formats.map((f) => ({ table, format: f, name: exportFileName(table, f, dataset) })));
}

/** `name` inside folder `out`; output names are made safe (exportFileName), and this makes sure. */
function inside(out: string, name: string): string {
  const path = resolve(out, name);
  const from = relative(resolve(out), path);
  if (from === '' || from.startsWith('..') || isAbsolute(from)) throw new Error(`${name}: not a name inside ${out}`);
  return path;
}

/** Removes what an interrupted run left: its own temporary outputs (`.<output>.partial`). */
function removePartials(out: string): void {
  for (const name of readdirSync(out)) {
    if (EXPORT_TABLES.some((table) => name.startsWith(`.${table}_`)) && name.endsWith('.partial')) {
      rmSync(join(out, name), { force: true });
    }
  }
}

function readConfig(path: string): ThresholdOverrides | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `--config ${path}: cannot be read (${errorMessage(error)})`;
  }
  const checked = parseThresholds(text);
  return checked.ok ? checked.value : `--config ${path}: ${checked.errors.join('\n  ')}`;
}

/** The truth command's buckets, tick and seed from its options, or why they cannot be used. */
function truthSettings(values: { 'bucket-minutes': string; 'bucket-starts'?: string; seed: string }) {
  const minutes = Number(values['bucket-minutes']);
  if (!Number.isInteger(minutes) || minutes < 1)
    return `--bucket-minutes: a whole number >= 1, not ${values['bucket-minutes']}`;
  const starts = values['bucket-starts']?.split(',').map((s) => s.trim()) ?? bucketStarts(DEFAULT_SESSION, minutes);
  const problem = bucketStartsProblem(starts, DEFAULT_SESSION);
  if (problem) return `--bucket-starts: ${problem}`;
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    return `--seed: a whole number in [0, 2^32), not ${values.seed}`;
  return { bucketStarts: starts, tick: TICK, seed };
}

export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string', default: 'parquet' },
      tables: { type: 'string', default: EXPORT_TABLES.join(',') },
      config: { type: 'string' },
      'ladder-n': { type: 'string', default: String(DEFAULT_LADDER.ladderN) },
      underlying: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      threads: { type: 'string' },
      overwrite: { type: 'boolean', default: false },
      manifest: { type: 'string' },
      'bucket-minutes': { type: 'string', default: String(DEFAULT_BUCKET_MINUTES) },
      'bucket-starts': { type: 'string' },
      seed: { type: 'string', default: String(BOOTSTRAP_SEED) },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...inputs] = positionals;
  const tables = values.tables.split(',').map((t) => t.trim());
  const unknown = tables.filter((t) => !(EXPORT_TABLES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    console.error(`--tables: unknown ${unknown.join(', ')} (tables: ${EXPORT_TABLES.join(', ')})`);
    return 2;
  }
  if (
    values.help ||
    (command !== 'build' && command !== 'truth') ||
    inputs.length === 0 ||
    !values.out ||
    !['parquet', 'csv', 'both'].includes(values.format)
  ) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const out = values.out;
  const ladderN = Number(values['ladder-n']);
  const ladderError = ladderNError(ladderN);
  if (ladderError) {
    console.error(`--ladder-n: ${ladderError}`);
    return 2;
  }
  const overrides = values.config ? readConfig(values.config) : {};
  if (typeof overrides === 'string') {
    console.error(overrides);
    return 2;
  }
  const truth = command === 'truth' ? truthSettings(values) : undefined;
  if (typeof truth === 'string') {
    console.error(truth);
    return 2;
  }
  mkdirSync(out, { recursive: true });
  removePartials(out);
  const started = performance.now();
  const db = await openNativeDatabase(values.threads ? Number(values.threads) : undefined);

  const { paths: files, skipped } = collectFiles(inputs);
  let loaded = await inspectFiles(db, await Promise.all(files.map(diskSource)), DEFAULT_SESSION);
  for (const problem of [...skipped, ...loaded.problems]) console.error(`skipped ${problem.path}: ${problem.reason}`);
  for (const file of loaded.files.values()) for (const note of file.notes) console.error(`note ${file.path}: ${note}`);
  const datasets = loaded.datasets.filter(
    (d) =>
      (!values.underlying || d.underlying === values.underlying) &&
      (!values.from || d.tradeDate >= values.from) &&
      (!values.to || d.tradeDate <= values.to),
  );

  const report: Record<string, unknown>[] = [];
  const truthDays: BuiltDay[] = [];
  let rowsDone = 0;
  for (const [i, dataset] of datasets.entries()) {
    const wanted = truth ? [] : outputs(dataset, values.format, tables as ExportTable[]);
    if (!truth && !values.overwrite && wanted.every((o) => existsSync(inside(out, o.name)))) {
      report.push({ dataset: dataset.key, status: 'skipped' });
      continue;
    }
    const t0 = performance.now();
    try {
      // files found unreadable as an earlier day was built are no longer among the day's files
      const readable = loaded.datasets.find((d) => d.key === dataset.key);
      if (!readable) throw new Error('no file of the day could be read (see the files skipped above)');
      const built = await buildDataset(db, readable, loaded.files, {
        session: DEFAULT_SESSION,
        thresholds: (u, b) => thresholdsFor(overrides, u, b),
        ladder: { ...DEFAULT_LADDER, ladderN },
      });
      for (const o of wanted) {
        const temporary = inside(out, `.${o.name}.partial`);
        await writeExport(db, o.table, o.format, temporary);
        await publish(temporary, inside(out, o.name));
      }
      if (truth) {
        const { underlying, tradeDate, dteBucket } = built.info;
        const used = readable.files.filter((path) => !built.unreadable.some((u) => u.path === path));
        const files = await Promise.all(used.map(async (path) => fingerprint(path, await openAsBlob(path))));
        truthDays.push({ underlying, tradeDate, dteBucket, truth: await truthDay(db, truth), files });
      }
      for (const u of built.unreadable) console.error(`skipped ${u.path}: ${u.reason} (found building ${dataset.key})`);
      loaded = forgetUnreadable(loaded, built.unreadable, DEFAULT_SESSION);
      rowsDone += built.quality.row_count;
      const seconds = (performance.now() - t0) / 1000;
      report.push({
        dataset: dataset.key,
        status: 'written',
        rows: built.quality.row_count,
        seconds,
        files: dataset.files.length - built.unreadable.length,
        missing_files: built.unreadable.map(({ path, reason }) => ({ path, reason })),
      });
    } catch (error) {
      report.push({
        dataset: dataset.key,
        status: 'failed',
        reason: errorMessage(error),
      });
    }
    const line = progressLine(i + 1, datasets.length, rowsDone, (performance.now() - started) / 1000, dataset.key);
    // on a terminal one line updates in place; elsewhere (logs, CI) one plain line per dataset
    process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }
  if (process.stderr.isTTY && datasets.length > 0) process.stderr.write('\n');

  if (truth) {
    for (const name of await writeTruthTables(db, out, truthDays, { ...truth, overrides }))
      console.error(`wrote ${name}`);
  }
  const count = (status: string) => report.filter((r) => r.status === status);
  const notUsed = [...skipped, ...loaded.problems];
  // a duplicate is read (as its first copy), and a file not named .parquet is no input: neither fails the run
  const harmless = notUsed.filter((p) => p.duplicateOf || p.reason === NOT_PARQUET).length;
  console.error(
    `written ${count('written').length}, skipped ${count('skipped').length}, failed ${count('failed').length}` +
      ` of ${datasets.length} datasets; ${notUsed.length} files not used` +
      (harmless > 0 ? ` (${harmless} duplicates or not .parquet)` : ''),
  );
  for (const failed of count('failed')) console.error(`failed ${failed.dataset}: ${failed.reason}`);
  if (values.manifest) {
    const manifest = {
      inputs: [
        ...files.map((path) => ({
          path,
          size: statSync(path).size,
          rows: loaded.files.get(path)?.datasets.reduce((n, d) => n + d.rowCount, 0) ?? null,
          problem: loaded.problems.find((p) => p.path === path)?.reason ?? null,
          notes: loaded.files.get(path)?.notes ?? [],
        })),
        ...skipped.map(({ path, reason }) => ({ path, size: null, rows: null, problem: reason })),
      ],
      thresholds: overrides,
      ladder_n: ladderN,
      engine: { duckdb: db.version, node: process.version },
      datasets: report,
      seconds: (performance.now() - started) / 1000,
    };
    writeFileSync(values.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return count('failed').length > 0 || notUsed.length > harmless ? 1 : 0;
}
