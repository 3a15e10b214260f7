// Commands for the study of all loaded days. It runs on the app's engines (one per worker, the
// files already registered with each), on connections of its own: the selected day's tables stay
// as they are, and the screen's queries take turns with the study's on each engine.
import type { Database } from '../db/database';
import { browserEngines } from '../db/engine';
import { studyDaysFileName, writeStudyDays } from '../export/exportTable';
import { errorMessage } from '../format';
import { type Study, useAppStore } from '../store/appStore';
import { downloadFromEngine, forgetFiles, loadedNow } from './actions';
import { DEFAULT_SESSION, thresholdsFor } from './market';
import { studyDays } from './study';

const set = useAppStore.setState;
const get = useAppStore.getState;

let run = 0;

function update(change: Partial<Study>): void {
  const study = get().study;
  if (study) set({ study: { ...study, ...change } });
}

/** Computes every loaded day, one day per engine, and keeps each day's summary. */
export async function studyAllDays(): Promise<void> {
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
      overrides,
      strikeSteps,
      elapsedMs: null,
      error: null,
    },
  });
  let connections: Database[] = [];
  try {
    connections = await Promise.all((await browserEngines()).map((engine) => engine.connect()));
    await studyDays(
      connections,
      datasets,
      files,
      (dataset) => ({
        session: DEFAULT_SESSION,
        strikeStep: strikeSteps[dataset.underlying],
        thresholds: (u, b) => thresholdsFor(overrides, u, b),
      }),
      (day) => {
        if (mine !== run) return;
        update({ days: [...(get().study?.days ?? []), day] });
        if (day.ok) forgetFiles(day.figures.unreadable);
      },
      () => mine !== run,
    );
    if (mine === run) update({ status: 'done', elapsedMs: performance.now() - started });
  } catch (error) {
    if (mine === run) update({ status: 'error', error: errorMessage(error) });
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
}

export function cancelStudy(): void {
  run++;
  update({ status: 'cancelled' });
}

/** Writes the study's days as CSV with COPY on the first engine and downloads it. */
export async function exportStudyDays(): Promise<void> {
  const days = get().study?.days ?? [];
  if (days.length === 0) return;
  const name = studyDaysFileName(days);
  await downloadFromEngine(name, 'text/csv', (db) => writeStudyDays(db, days, name));
}
