// The app's state, as slices. Results are replaced whole, never patched. Components read it
// through the hooks in ./selectors; only src/pipeline/actions.ts writes it.
import { create } from 'zustand';
import type { DatasetResult } from '../pipeline/compute';
import type { Dataset } from '../pipeline/datasets';
import type { FileProblem } from '../pipeline/inspect';
import type { ThresholdOverrides } from '../pipeline/market';
import type { DaySummary } from '../pipeline/study';
import type { TruthRow } from '../truth/truthTable';
import { loadLadderN, loadStrikeSteps, loadThresholds } from './persisted';

/** `starting` until the engines are up; files given meanwhile wait for them. */
export type Status = 'starting' | 'idle' | 'loading' | 'ready' | 'error';

export interface Progress {
  stage: string; // 'Inspecting files', 'Computing NIFTY/2026-01-13: options', ...
  done: number;
  total: number;
  /** Rows in the files read so far, while files are inspected. */
  rows?: number;
}

export interface FilesSlice {
  status: Status;
  progress: Progress | null;
  error: string | null;
  /** Something the user should know that stops nothing (e.g. kept settings that were invalid). */
  notice: string | null;
  problems: FileProblem[];
  datasets: Dataset[];
  selectedKey: string | null;
}

export interface ResultSlice {
  result: DatasetResult | null;
}

export interface ThresholdsSlice {
  overrides: ThresholdOverrides;
  /** Strike steps the user set, per underlying; others are known or inferred. */
  strikeSteps: Record<string, number>;
  /** The ladder's strikes each side of the ATM strike (spec 8's N). */
  ladderN: number;
}

/** Every loaded day computed at once (one day per engine), each reduced to a summary. */
export interface Study {
  status: 'running' | 'done' | 'cancelled' | 'error';
  /** Days asked for, and the summaries of those done so far, in the order they finished. */
  total: number;
  days: DaySummary[];
  /** Of those, the days read from this browser's cache of computed days, not computed again. */
  cached: number;
  /** The thresholds and strike steps it ran with: after a change of either it is out of date. */
  overrides: ThresholdOverrides;
  strikeSteps: Record<string, number>;
  /** performance.now() at its start, for the time left while it runs. */
  startedAt: number;
  elapsedMs: number | null;
  error: string | null;
  /** Each underlying's truth table (spec 14), computed once the study ends (done, cancelled or failed). */
  tables: Record<string, TruthRow[]>;
}

export interface StudySlice {
  study: Study | null;
}

export type AppState = FilesSlice & ResultSlice & ThresholdsSlice & StudySlice;

const keptThresholds = loadThresholds();
const keptStrikeSteps = loadStrikeSteps();
const keptLadderN = loadLadderN();

export const useAppStore = create<AppState>()(() => ({
  status: 'starting',
  progress: null,
  error: null,
  notice: [keptThresholds.dropped, keptStrikeSteps.dropped, keptLadderN.dropped].filter(Boolean).join(' ') || null,
  problems: [],
  datasets: [],
  selectedKey: null,
  result: null,
  overrides: keptThresholds.value,
  strikeSteps: keptStrikeSteps.value,
  ladderN: keptLadderN.value,
  study: null,
}));
