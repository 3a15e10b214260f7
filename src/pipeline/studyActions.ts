// Commands for the study of all loaded days. It runs on engines of its own (openEnginePool), so
// that the selected day's engines stay free for the screen: a threshold change never waits on it.
import { openEnginePool } from '../db/engine';
import { type Study, useAppStore } from '../store/appStore';
import { currentLoad } from './actions';
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
  const { loaded, fileOf } = currentLoad();
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
  const pool = await openEnginePool();
  try {
    await Promise.all(
      [...files.keys()].flatMap((path) => {
        const file = fileOf(path);
        return file ? pool.engines.map((engine) => engine.registerFile(path, file)) : [];
      }),
    );
    await studyDays(
      pool.engines,
      datasets,
      files,
      (dataset) => ({
        session: DEFAULT_SESSION,
        strikeStep: strikeSteps[dataset.underlying],
        thresholds: (u, b) => thresholdsFor(overrides, u, b),
      }),
      (day) => mine === run && update({ days: [...(get().study?.days ?? []), day] }),
      () => mine !== run,
    );
    if (mine === run) update({ status: 'done', elapsedMs: performance.now() - started });
  } catch (error) {
    if (mine === run) update({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  } finally {
    await pool.close();
  }
}

export function cancelStudy(): void {
  run++;
  update({ status: 'cancelled' });
}
