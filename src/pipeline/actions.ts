// Commands from the screen. They run the pipeline on the engines and replace store state whole.
// Work on the engines' first connections is serialized (their temp tables are shared state); the
// latest command wins. The study of all days (studyActions.ts) uses connections of its own.
import type { Database } from '../db/database';
import { browserEngines, restartEngines } from '../db/engine';
import { download } from '../export/download';
import { type ExportFormat, type ExportTable, exportFileName, writeExport } from '../export/exportTable';
import { errorMessage } from '../format';
import { DEFAULT_LADDER, ladderNError } from '../ladder/ladder';
import { solveInWorker } from '../ladder/solveInWorker';
import { resetClock } from '../playback/store';
import { setZoom } from '../playback/view';
import { SAMPLE_DAYS, writeSampleDays } from '../sample/sampleDays';
import { useAppStore } from '../store/appStore';
import { readUrlState, saveLadderN, saveStrikeSteps, saveThresholds } from '../store/persisted';
import { computeDataset, recomputeBursts } from './compute';
import type { FileProblem, SourceFile } from './inspect';
import { forgetUnreadable, inspectFiles, type Loaded } from './load';
import { DEFAULT_SESSION, secondOfDay, type ThresholdOverrides, type Thresholds, thresholdsFor } from './market';
import { isEngineCrash } from './shares';
import { type Checked, checkThresholds } from './thresholdsFile';

const set = useAppStore.setState;
const get = useAppStore.getState;

let loaded: Loaded | undefined;
/** Every source given, by path: a file the user names the underlying of is inspected again. */
const given = new Map<string, SourceFile>();
let generation = 0;
let engineQueue: Promise<unknown> = Promise.resolve();
/** The thresholds the main engine's tables were last built with: what a change is told from. */
let builtWith: Thresholds | undefined;

/** What is loaded now; its files are registered with every engine. */
export function loadedNow(): Loaded | undefined {
  return loaded;
}

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = engineQueue.then(work, work);
  engineQueue = run.catch(() => undefined);
  return run;
}

/** Starts the engines before the first file arrives; the app is `idle` once they are up. */
export function startEngines(): void {
  browserEngines().then(
    () => get().status === 'starting' && set({ status: 'idle' }),
    (error) => set({ status: 'error', error: `The engine could not start: ${errorMessage(error)}` }),
  );
}

function filesState({ problems, datasets }: Loaded) {
  return { problems, datasets };
}

/** Files found unreadable as a day was built: listed with the days they held, and read no more. */
export function forgetFiles(unreadable: readonly FileProblem[]): void {
  if (!loaded || unreadable.length === 0) return;
  loaded = forgetUnreadable(loaded, unreadable, DEFAULT_SESSION);
  set(filesState(loaded));
}

export function dismissNotice(): void {
  set({ notice: null });
}

/**
 * After a wasm trap an engine fails every later query: fresh engines replace all of them, and
 * every file given is registered with them again. Their tables are gone with them.
 */
async function restartAfterCrash(): Promise<void> {
  const engines = await restartEngines();
  const files = [...given.values()].flatMap(({ path, file }) =>
    file && loaded?.files.has(path) ? [{ path, file }] : [],
  );
  await Promise.all(files.flatMap(({ path, file }) => engines.map((engine) => engine.registerFile(path, file))));
}

/** The engine that holds the selected dataset's tables. */
async function mainEngine() {
  const [main] = await browserEngines();
  if (!main) throw new Error('no engine');
  return main;
}

/** A failed export names its file and the reason; what is on screen stays. */
export function exportFailed(name: string, error: unknown): void {
  set({ status: 'error', error: `could not export ${name}: ${errorMessage(error)}` });
}

/**
 * Writes file `name` with `write` (a COPY) on a connection of its own to the first engine, the
 * day's tables left alone, and downloads it.
 */
export async function downloadFromEngine(
  name: string,
  type: string,
  write: (db: Database) => Promise<void>,
): Promise<void> {
  const [engine] = await browserEngines();
  if (!engine) return;
  try {
    const db = await engine.connect();
    try {
      await db.prepareOutput(name);
      await write(db);
      download(await db.readFile(name), name, type);
      await db.dropFile(name);
    } finally {
      await db.close();
    }
  } catch (error) {
    exportFailed(name, error);
  }
}

type DaysListener = (selectedDay: Promise<void>) => void;
let onLoaded: DaysListener = () => {};

/** Called after each load with the selected day's compute (the study of many days starts here). */
export function onDaysLoaded(listener: DaysListener): void {
  onLoaded = listener;
}

/** Adds files (a drop, a picker, or the sample) to what is loaded and computes the selection. */
export async function openSources(sources: SourceFile[]): Promise<void> {
  const run = ++generation;
  for (const source of sources) given.set(source.path, source);
  set({ status: 'loading', error: null, progress: { stage: 'Inspecting files', done: 0, total: sources.length } });
  try {
    const engines = await browserEngines();
    const next = await exclusive(() =>
      inspectFiles(
        engines,
        sources,
        DEFAULT_SESSION,
        loaded,
        (p) =>
          run === generation &&
          set({ progress: { stage: `Inspecting ${p.path}`, done: p.done, total: p.total, rows: p.rows } }),
        () => run !== generation,
      ),
    );
    if (run !== generation) return;
    loaded = next;
    set(filesState(next));
    const keys = next.datasets.map((d) => d.key);
    const wanted = [get().selectedKey, readUrlState().dataset].find((k) => k && keys.includes(k)) ?? keys[0];
    if (!wanted) {
      set({ status: 'error', progress: null, error: 'No dataset: no file could be used (see the problems below).' });
      return;
    }
    const selected = compute(wanted, run);
    onLoaded(selected);
    await selected;
  } catch (error) {
    if (run === generation) set({ status: 'error', progress: null, error: errorMessage(error) });
  }
}

/** Opens a file again with the underlying the user named for it. */
export async function nameUnderlying(path: string, underlying: string): Promise<void> {
  const source = given.get(path);
  const name = underlying.trim().toUpperCase();
  if (source && name) await openSources([{ ...source, underlying: name }]);
}

export async function selectDataset(key: string): Promise<void> {
  await compute(key, ++generation);
}

async function compute(key: string, run: number): Promise<void> {
  const dataset = loaded?.datasets.find((d) => d.key === key);
  if (!loaded || !dataset) return;
  const files = loaded.files;
  const sameDay = get().result !== null && get().selectedKey === key;
  set({ status: 'loading', selectedKey: key, progress: { stage: `Computing ${key}`, done: 0, total: 4 } });
  const stages = ['spot', 'grid', 'options', 'ladder and IV', 'liquidity', 'bursts'];
  const { overrides, strikeSteps, ladderN } = get();
  const attempt = async () => {
    const built = await computeDataset(await browserEngines(), dataset, files, {
      session: DEFAULT_SESSION,
      strikeStep: strikeSteps[dataset.underlying],
      thresholds: (u, b) => thresholdsFor(overrides, u, b),
      ladder: { ...DEFAULT_LADDER, ladderN },
      solveIv: solveInWorker,
      onStage: (stage) =>
        run === generation &&
        set({ progress: { stage: `Computing ${key}: ${stage}`, done: stages.indexOf(stage), total: stages.length } }),
    });
    builtWith = built.thresholds;
    return built;
  };
  try {
    const result = await exclusive(async () => {
      try {
        return await attempt();
      } catch (error) {
        if (!isEngineCrash(error)) throw error;
        // the day once more on fresh engines; a second trap is the day's error
        await restartAfterCrash();
        return attempt().catch(async (again) => {
          if (!isEngineCrash(again)) throw again;
          await restartAfterCrash();
          throw new Error(
            `the engine failed twice (${errorMessage(again)}) and was restarted; other days are not affected`,
          );
        });
      }
    });
    if (run !== generation) return;
    forgetFiles(result.unreadable);
    const url = readUrlState();
    const start = url.dataset === key && url.time ? secondOfDay(url.time) - secondOfDay(DEFAULT_SESSION.open) : 0;
    resetClock((result.features.time?.length ?? 1) - 1, start);
    if (!sameDay) setZoom(null); // a range of another day means nothing on this one
    set({ result, status: 'ready', progress: null, error: null });
  } catch (error) {
    // a failed day shows its error and nothing else: no chart, panel or export of another day
    if (run === generation)
      set({ status: 'error', progress: null, result: null, error: `${key}: ${errorMessage(error)}` });
  }
}

/**
 * Generates the built-in sample day (the NIFTY expiry day) on the engine and opens its shards as
 * files, like a drop. One day keeps the wait short; the other sample days are for tests and the CLI.
 */
export async function loadSample(): Promise<void> {
  const run = ++generation;
  set({ status: 'loading', error: null, progress: { stage: 'Generating the sample day', done: 0, total: 1 } });
  try {
    const db = await mainEngine();
    const files = await exclusive(async () => {
      const paths = await writeSampleDays(
        db,
        (day, shard) => `sample_${day.underlying}_${day.tradeDate}_part-${shard}.parquet`,
        SAMPLE_DAYS.slice(0, 1),
        (done, total) => set({ progress: { stage: 'Generating the sample day', done, total } }),
      );
      // as files, every engine can read them; the engine's own copies are dropped
      return Promise.all(
        paths.map(async (path) => {
          const file = new File([(await db.readFile(path)) as Uint8Array<ArrayBuffer>], path);
          await db.dropFile(path);
          return file;
        }),
      );
    });
    if (run !== generation) return;
    await openSources(files.map((file) => ({ path: file.name, file })));
  } catch (error) {
    if (run === generation) set({ status: 'error', progress: null, error: errorMessage(error) });
  }
}

export function cancel(): void {
  generation++;
  set({ status: get().result ? 'ready' : 'idle', progress: null });
}

/** Sets (or, with null, forgets) the strike step of an underlying and recomputes the selection. */
export async function setStrikeStep(underlying: string, step: number | null): Promise<void> {
  const { [underlying]: _, ...others } = get().strikeSteps;
  const strikeSteps = step && step > 0 ? { ...others, [underlying]: step } : others;
  saveStrikeSteps(strikeSteps);
  set({ strikeSteps });
  const key = get().selectedKey;
  if (key) await compute(key, ++generation);
}

/** Sets the ladder's N (spec 8) when it is valid, and recomputes the selection: the option scan's band widens with it. */
export async function setLadderN(n: number): Promise<string | undefined> {
  const error = ladderNError(n);
  if (error) return error;
  saveLadderN(n);
  set({ ladderN: n });
  const key = get().selectedKey;
  if (key) await compute(key, ++generation);
  return undefined;
}

/**
 * Applies new thresholds, when they are valid (thresholdsFile.ts); what they change (bursts, a
 * family of events, the regimes) is recomputed from the computed grid, no Parquet is read and
 * the ladder stays. Invalid thresholds change nothing: the errors are returned.
 */
export async function setThresholds(input: unknown): Promise<Checked<ThresholdOverrides>> {
  const checked = checkThresholds(input);
  if (!checked.ok) return checked;
  await applyThresholds(checked.value);
  return checked;
}

async function applyThresholds(overrides: ThresholdOverrides): Promise<void> {
  saveThresholds(overrides);
  set({ overrides });
  const result = get().result;
  if (!result) return;
  const run = ++generation;
  const { underlying, dteBucket, tradeDate, session } = result.info;
  const thresholds = thresholdsFor(overrides, underlying, dteBucket);
  set({ status: 'loading' });
  try {
    const db = await mainEngine();
    const close = `${tradeDate} ${session.close}`;
    // an earlier change may have rebuilt tables without reaching the screen (a later one won)
    const bursts = await exclusive(async () => {
      const before = { ...result, thresholds: builtWith ?? result.thresholds };
      const next = await recomputeBursts(db, thresholds, before, close);
      builtWith = next.thresholds;
      return next;
    });
    if (run === generation) set({ result: { ...result, ...bursts }, status: 'ready' });
  } catch (error) {
    if (run === generation) set({ status: 'error', error: errorMessage(error) });
  }
}

/** Writes the selected dataset's table with COPY on the engine and downloads it. */
export async function exportOutput(table: ExportTable, format: ExportFormat): Promise<void> {
  const result = get().result;
  if (!result) return;
  const name = exportFileName(table, format, result.info);
  try {
    const db = await mainEngine();
    const bytes = await exclusive(async () => {
      await db.prepareOutput(name);
      await writeExport(db, table, format, name);
      const written = await db.readFile(name);
      await db.dropFile(name);
      return written;
    });
    download(bytes, name, format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet');
  } catch (error) {
    exportFailed(name, error);
  }
}
