// Commands for the study of all loaded days. It runs on the app's engines (one per worker, the
// files already registered with each), on connections of its own: the selected day's tables stay
// as they are, and the screen's queries take turns with the study's on each engine.
import type { Database } from '../db/database';
import { browserEngines } from '../db/engine';
import { studyDaysFileName, writeStudyDays } from '../export/exportTable';
import { errorMessage } from '../format';
import { DEFAULT_LADDER } from '../ladder/ladder';
import { solveInWorker } from '../ladder/solveInWorker';
import { type Study, useAppStore } from '../store/appStore';
import { fingerprint } from '../truth/fingerprint';
import { DEFAULT_TRUTH_SETTINGS } from '../truth/truthDay';
import type { TruthRow } from '../truth/truthTable';
import { downloadFromEngine, forgetFiles, loadedNow } from './actions';
import type { Dataset } from './datasets';
import type { InspectedFile } from './inspect';
import { keep, keptKey, readKept } from './kept';
import { DEFAULT_SESSION, type ThresholdOverrides, thresholdsFor } from './market';
import { type DaySummary, studyDays } from './study';
import { studiedDays, truthOf } from './truthActions';

const set = useAppStore.setState;
const get = useAppStore.getState;

let run = 0;

function update(change: Partial<Study>): void {
  const study = get().study;
  if (study) set({ study: { ...study, ...change } });
}

/**
 * Each day's key in the browser's cache of computed days: its files' fingerprints and what it is
 * computed with. A day with a file whose content is not at hand has none (and is computed).
 */
async function cacheKeys(
  datasets: readonly Dataset[],
  files: ReadonlyMap<string, InspectedFile>,
  overrides: ThresholdOverrides,
  strikeSteps: Record<string, number>,
): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  await Promise.all(
    datasets.map(async (d) => {
      const contents = d.files.map((path) => files.get(path)?.content);
      if (contents.some((c) => !c)) return;
      const fingerprints = await Promise.all(d.files.map((path, i) => fingerprint(path, contents[i] as Blob)));
      const inputs = {
        files: fingerprints,
        thresholds: overrides[d.underlying] ?? null,
        strikeStep: strikeSteps[d.underlying] ?? null,
        session: DEFAULT_SESSION,
        ladder: DEFAULT_LADDER,
        truth: DEFAULT_TRUTH_SETTINGS(DEFAULT_SESSION),
      };
      keys.set(d.key, await keptKey(inputs));
    }),
  );
  return keys;
}

/** A day computed before, kept in this browser; null when it must be computed. */
async function keptDay(key: string | undefined): Promise<DaySummary | null> {
  const day = key ? await readKept<DaySummary>(key) : null;
  return day?.ok ? day : null;
}

/** The truth table of each underlying's days (spec 14). */
function tablesOf(days: readonly DaySummary[]): Record<string, TruthRow[]> {
  const underlyings = [...new Set(days.filter((d) => d.ok).map((d) => d.underlying))];
  return Object.fromEntries(underlyings.map((u) => [u, truthOf(studiedDays(u, days))]));
}

/** Ends the study with its days' truth tables, so that its end means the tables are there. */
function finish(change: Pick<Study, 'status'> & Partial<Study>, tables?: Record<string, TruthRow[]>): void {
  const start = performance.now();
  const computed = tables ?? tablesOf(get().study?.days ?? []);
  performance.measure('study: truth tables', { start });
  update({ ...change, tables: computed });
}

/**
 * The truth tables of days that each have a key, kept under the key of all of theirs: a folder
 * opened again reads its tables (20 days' bootstraps take 0.3 s) instead of computing them.
 */
async function keptTables(keys: readonly (string | undefined)[]): Promise<{
  key: string | undefined;
  tables: Record<string, TruthRow[]> | null;
}> {
  const key = keys.every(Boolean) ? await keptKey({ tables: keys }) : undefined;
  return { key, tables: key ? await readKept<Record<string, TruthRow[]>>(key) : null };
}

/**
 * Computes every loaded day, one day per engine, and keeps each day's summary; the days kept in
 * this browser are read first, and the others computed once `selectedDay` (the day on screen,
 * computed on the same engines) is done.
 */
export async function studyAllDays(selectedDay: Promise<void> = Promise.resolve()): Promise<void> {
  const loaded = loadedNow();
  if (!loaded || loaded.datasets.length === 0) return;
  const mine = ++run;
  const { overrides, strikeSteps } = get();
  const started = performance.now();
  const { datasets, files } = loaded;
  set({
    study: {
      status: 'running',
      total: datasets.length,
      days: [],
      cached: 0,
      overrides,
      strikeSteps,
      startedAt: started,
      elapsedMs: null,
      error: null,
      tables: {},
    },
  });
  let connections: Database[] = [];
  try {
    // no hashing outside a secure context (plain http on a LAN address): every day is computed then
    const keys = await cacheKeys(datasets, files, overrides, strikeSteps).catch(() => new Map<string, string>());
    const kept = await Promise.all(datasets.map((d) => keptDay(keys.get(d.key))));
    const found = kept.filter((day): day is DaySummary => day !== null);
    performance.measure('study: kept days', { start: started });
    if (mine !== run) return;
    update({ days: found, cached: found.length });
    for (const day of found) if (day.ok) forgetFiles(day.figures.unreadable);
    const missing = datasets.filter((_, i) => kept[i] === null);
    // every day kept: the truth tables at once, without waiting for the selected day's screen
    if (missing.length > 0) await selectedDay;
    if (mine !== run) return;
    connections = missing.length > 0 ? await Promise.all((await browserEngines()).map((e) => e.connect())) : [];
    await studyDays(
      connections,
      missing,
      files,
      (dataset) => ({
        session: DEFAULT_SESSION,
        strikeStep: strikeSteps[dataset.underlying],
        thresholds: (u, b) => thresholdsFor(overrides, u, b),
        // each day's IVs in a worker of their own: not on the main thread, and two days at once
        solveIv: solveInWorker,
      }),
      (day) => {
        if (mine !== run) return;
        update({ days: [...(get().study?.days ?? []), day] });
        if (!day.ok) return;
        forgetFiles(day.figures.unreadable);
        const key = keys.get(day.key);
        if (key) void keep(key, day);
      },
      () => mine !== run,
    );
    if (mine !== run) return;
    // kept and read only when every day is computed: a day that fails once may not fail the next time
    const everyDay = get().study?.days.every((d) => d.ok) ?? false;
    const shelf = await keptTables(datasets.map((d) => keys.get(d.key)));
    if (mine !== run) return;
    finish(
      { status: 'done', elapsedMs: performance.now() - started },
      everyDay ? (shelf.tables ?? undefined) : undefined,
    );
    const tables = get().study?.tables;
    if (everyDay && !shelf.tables && shelf.key && tables) void keep(shelf.key, tables);
  } catch (error) {
    if (mine === run) finish({ status: 'error', error: errorMessage(error) });
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
}

export function cancelStudy(): void {
  run++;
  finish({ status: 'cancelled' });
}

/** A load of many days studies them all: `data-status` is `ready` once their truth tables are. */
export function studyManyDays(selectedDay: Promise<void>): void {
  if ((loadedNow()?.datasets.length ?? 0) > 1) void studyAllDays(selectedDay);
}

/** Writes the study's days as CSV with COPY on the first engine and downloads it. */
export async function exportStudyDays(): Promise<void> {
  const days = get().study?.days ?? [];
  if (days.length === 0) return;
  const name = studyDaysFileName(days);
  await downloadFromEngine(name, 'text/csv', (db) => writeStudyDays(db, days, name));
}
