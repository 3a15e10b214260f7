// Every loaded day computed whole, one day per engine, the engines working in parallel (the
// browser runs one engine per worker, up to a core each). Each day leaves a summary; one day
// that fails is reported with its reason and the others go on.
import type { Database } from '../db/database';
import { errorMessage } from '../format';
import { queries } from '../sql';
import { DEFAULT_TRUTH_SETTINGS, type TruthDay, truthDay } from '../truth/truthDay';
import { toRows } from './columns';
import { buildDataset, type ComputeOptions, type DatasetInfo } from './compute';
import type { Dataset } from './datasets';
import type { FileProblem, InspectedFile } from './inspect';
import { runQuery } from './runQuery';
import { onFreeEngines } from './shares';

export interface DayFigures {
  info: DatasetInfo;
  /** Grid seconds, and those with spot observed. */
  seconds: number;
  spotObservedSeconds: number;
  bursts: number;
  burstsUp: number;
  burstsDown: number;
  /** The largest |move_bps| of the day's bursts; null without bursts. */
  maxAbsMoveBps: number | null;
  /** Files of the day that could not be read: it is computed without them. */
  unreadable: FileProblem[];
}

export type DaySummary = {
  key: string;
  underlying: string;
  tradeDate: string;
} /** truth: the day's compact results for the truth tables (spec 14) */ & (
  | { ok: true; figures: DayFigures; truth: TruthDay }
  | { ok: false; error: string }
);

async function summarizeDay(
  engine: Database,
  dataset: Dataset,
  files: ReadonlyMap<string, InspectedFile>,
  options: ComputeOptions,
): Promise<DaySummary> {
  const day = { key: dataset.key, underlying: dataset.underlying, tradeDate: dataset.tradeDate };
  try {
    const { info, unreadable } = await buildDataset(engine, dataset, files, options);
    const [row] = toRows(await runQuery(engine, queries.daySummary, undefined));
    if (!row) throw new Error('no summary row');
    const figures: DayFigures = {
      info,
      seconds: Number(row.seconds),
      spotObservedSeconds: Number(row.spot_observed_seconds),
      bursts: Number(row.bursts),
      burstsUp: Number(row.bursts_up),
      burstsDown: Number(row.bursts_down),
      maxAbsMoveBps: row.max_abs_move_bps === null ? null : Number(row.max_abs_move_bps),
      unreadable,
    };
    return { ...day, ok: true, figures, truth: await truthDay(engine, DEFAULT_TRUTH_SETTINGS(options.session)) };
  } catch (error) {
    return { ...day, ok: false, error: errorMessage(error) };
  }
}

/**
 * Computes `datasets` on `engines`, each engine taking the next day when it is free, and hands
 * each day's summary to `onDay` as it is done (so not in `datasets` order).
 */
export async function studyDays(
  engines: readonly Database[],
  datasets: readonly Dataset[],
  files: ReadonlyMap<string, InspectedFile>,
  optionsFor: (dataset: Dataset) => ComputeOptions,
  onDay: (summary: DaySummary) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  await onFreeEngines(
    engines,
    datasets.length,
    async (engine, i) => {
      const dataset = datasets[i] as Dataset;
      const summary = await summarizeDay(engine, dataset, files, optionsFor(dataset));
      if (!cancelled()) onDay(summary);
    },
    cancelled,
  );
}
