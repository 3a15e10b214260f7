// npm run bench: prints figures and writes bench/results.json. Never a test: nothing is asserted.
//   --reps N   repetitions of each timed run (default 3)
//   --quick    skip the 20-day set
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from '@playwright/test';
import {
  dropManyDays,
  dropToReady,
  type LoadRun,
  launch,
  type ManyDaysRun,
  playback,
  thresholdChange,
} from './browser';
import { DATA, ensureDays, folderBytes, warmPageCache } from './days';
import { nativeBuild, wasmInNode } from './engines';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4181;

interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function figure(runs: number[]): Figure {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs };
}

/** Repeats a timed run, the folder it reads in the page cache before each (see warmPageCache). */
async function repeat(reps: number, run: () => number | Promise<number>, folder?: string): Promise<Figure> {
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) {
    if (folder) warmPageCache(folder);
    runs.push(await run());
  }
  return figure(runs);
}

interface ManyDaysFigures {
  bytes: number;
  first: ManyDaysRun;
  reopened: ManyDaysRun;
  engines: number;
  /** The bound: the days times one day's drop to ready, over the engines. */
  target_seconds: number;
  native_threads_2_seconds: number;
}

const show = (f: Figure, unit = 's') => `${f.median.toFixed(2)} ${unit} (${f.min.toFixed(2)}-${f.max.toFixed(2)})`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '3' }, quick: { type: 'boolean' } } });
  const reps = Math.max(1, Number(values.reps));
  const oneDay = await ensureDays('one-day', 1);
  const twenty = values.quick ? undefined : await ensureDays('twenty-days', 20);

  const native: Record<string, Figure> = {};
  const inProcess: Record<string, number[]> = {};
  const timeNative = (name: string, folder: string, threads: number) =>
    repeat(
      reps,
      () => {
        const run = nativeBuild(folder, threads);
        inProcess[name] = [...(inProcess[name] ?? []), run.inProcessSeconds];
        return run.seconds;
      },
      folder,
    );
  for (const threads of [2, 1]) {
    native[`one_day_threads_${threads}`] = await timeNative(`one_day_threads_${threads}`, oneDay.folder, threads);
    if (twenty)
      native[`twenty_days_threads_${threads}`] = await timeNative(
        `twenty_days_threads_${threads}`,
        twenty.folder,
        threads,
      );
  }
  const nativeInProcess = Object.fromEntries(Object.entries(inProcess).map(([name, runs]) => [name, figure(runs)]));
  const wasmNode = await repeat(reps, () => wasmInNode(oneDay.folder), oneDay.folder);

  await new Promise<void>((resolve, reject) => {
    const build = spawn('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
  });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const url = `http://127.0.0.1:${PORT}/`;
    const dropIn = async (context: BrowserContext, folder: string): Promise<LoadRun> => {
      const page = await context.newPage();
      warmPageCache(folder);
      const run = await dropToReady(page, url, folder);
      await page.close();
      return run;
    };
    // First visit: a new browser profile per run, so the engine is compiled during the drop.
    const firstVisits: LoadRun[] = [];
    for (let i = 0; i < reps; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'mt-profile-'));
      const context = await launch(profile);
      firstVisits.push(await dropIn(context, oneDay.folder));
      await context.close();
      rmSync(profile, { recursive: true });
    }
    // Returning visits: one profile that has run the app once, as a user's browser has.
    const profile = mkdtempSync(join(tmpdir(), 'mt-profile-'));
    let context = await launch(profile);
    await dropIn(context, oneDay.folder);
    const loads: LoadRun[] = [];
    for (let i = 0; i < reps; i++) loads.push(await dropIn(context, oneDay.folder));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1400, height: 860 });
    await dropToReady(page, url, oneDay.folder);
    const play = await playback(page, 30);
    const playZoomed = await playback(page, 30, true);
    const playLadder = await playback(page, 30, false, true);
    const threshold = await repeat(Math.max(reps, 5), async () => {
      const ms = await thresholdChange(page, 3);
      await thresholdChange(page, 2.5);
      return ms;
    });
    await context.close();

    // Many days: the 20-day folder (over 4 GiB, read through file handles) in a browser of its
    // own (so that no other tab counts in the renderers' memory): every day computed, one day per
    // engine, and the truth table, against 20 single days divided by the engines; then the same
    // folder after a reload, its days read from the browser's cache (OPFS); and the native command.
    let manyDays: ManyDaysFigures | undefined;
    if (twenty) {
      context = await launch(profile);
      const page = await context.newPage();
      warmPageCache(twenty.folder);
      const first = await dropManyDays(page, url, twenty.folder);
      warmPageCache(twenty.folder);
      const reopened = await dropManyDays(page, url, twenty.folder);
      const engines = Number(await page.evaluate('Math.min(navigator.hardwareConcurrency, 4)'));
      await context.close();
      warmPageCache(twenty.folder);
      const nativeSeconds = nativeBuild(twenty.folder, 2).seconds;
      manyDays = {
        bytes: folderBytes(twenty.folder),
        first,
        reopened,
        engines,
        target_seconds: (first.days * figure(loads.map((l) => l.seconds)).median) / engines,
        native_threads_2_seconds: nativeSeconds,
      };
    }
    rmSync(profile, { recursive: true });

    const drop = figure(loads.map((l) => l.seconds));
    const firstVisit = figure(firstVisits.map((l) => l.seconds));
    const medianRun = loads.find((l) => l.seconds === drop.median) ?? loads[0];
    const nativeDay = native.one_day_threads_2?.median ?? Number.NaN;
    const ratio = drop.median / nativeDay;
    const results = {
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memory_gb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      data: { one_day_rows: oneDay.rows, twenty_days_rows: twenty?.rows ?? null, folder: DATA },
      browser_native_ratio: ratio,
      browser_native_ratio_first_visit: firstVisit.median / nativeDay,
      wasm_node_native_ratio: wasmNode.median / (native.one_day_threads_2?.median ?? Number.NaN),
      native_seconds: native,
      native_in_process_seconds: nativeInProcess,
      wasm_in_node_seconds: wasmNode,
      browser_drop_to_ready_seconds: drop,
      browser_stages_seconds: medianRun?.stages,
      browser_queries_ms: medianRun?.queriesMs,
      browser_first_visit_drop_to_ready_seconds: firstVisit,
      browser_peak_memory_mb: Math.max(...loads.map((l) => l.peakMb), ...firstVisits.map((l) => l.peakMb)),
      playback_600x: play,
      playback_600x_zoomed_following: playZoomed,
      playback_600x_ladder_open: playLadder,
      threshold_change_ms: threshold,
      browser_many_days: manyDays ?? null,
    };
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const rows: [string, string][] = [
      [
        'machine',
        `${results.machine.cpus} cores, ${results.machine.memory_gb} GB, ${results.machine.cpu}, Node ${process.version}`,
      ],
      ['one day', `${oneDay.rows.toLocaleString('en')} rows, 12 shards`],
      ...Object.entries(native).map(([k, f]): [string, string] => [
        `native ${k.replaceAll('_', ' ')}`,
        `${show(f)}; in process ${show(nativeInProcess[k] ?? f)}`,
      ]),
      ['wasm in Node, one day', show(wasmNode)],
      ['browser drop to ready, one day', show(drop)],
      ...Object.entries(medianRun?.stages ?? {}).map(([k, s]): [string, string] => [
        `  stage ${k}`,
        `${s.toFixed(2)} s`,
      ]),
      [
        '  queries (ms, summed over engines)',
        Object.entries(medianRun?.queriesMs ?? {})
          .map(([k, ms]) => `${k} ${ms}`)
          .join(', '),
      ],
      ['browser first visit (engine compiled), one day', show(firstVisit)],
      ['browser peak tab memory', `${results.browser_peak_memory_mb} MB`],
      ['browser / native (2 threads)', `${ratio.toFixed(2)}x`],
      ['browser first visit / native (2 threads)', `${results.browser_native_ratio_first_visit.toFixed(2)}x`],
      ['wasm in Node / native (2 threads)', `${results.wasm_node_native_ratio.toFixed(2)}x`],
      [
        'playback 600x, 30 s',
        `${play.fps.toFixed(1)} fps, longest task ${play.longestTaskMs.toFixed(0)} ms, ${play.queries} queries, ${play.secondsReplayed} s replayed`,
      ],
      [
        'playback 600x, 30 s, zoomed on a burst, following',
        `${playZoomed.fps.toFixed(1)} fps, longest task ${playZoomed.longestTaskMs.toFixed(0)} ms, ${playZoomed.queries} queries, ${playZoomed.secondsReplayed} s replayed`,
      ],
      ['threshold change to redrawn bursts', show(threshold, 'ms')],
      ...(manyDays
        ? [
            [
              `${manyDays.first.days} days (${(manyDays.bytes / 2 ** 30).toFixed(2)} GiB) to the truth table; to ready`,
              `${manyDays.first.tableSeconds.toFixed(1)} s; ${manyDays.first.readySeconds.toFixed(1)} s (target ${manyDays.target_seconds.toFixed(1)} s: ${manyDays.first.days} x one day / ${manyDays.engines} engines), peak ${manyDays.first.peakMb} MB`,
            ] as [string, string],
            [
              '  the same after a reload, from OPFS: table; ready',
              `${manyDays.reopened.tableSeconds.toFixed(1)} s (${manyDays.reopened.cached} days kept); ${manyDays.reopened.readySeconds.toFixed(1)} s`,
            ] as [string, string],
            [
              '  native command, 2 threads; browser / native',
              `${manyDays.native_threads_2_seconds.toFixed(1)} s; ${(manyDays.first.readySeconds / manyDays.native_threads_2_seconds).toFixed(2)}x`,
            ] as [string, string],
          ]
        : []),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
