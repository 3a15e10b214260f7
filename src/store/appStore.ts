// The app's state, as slices. Results are replaced whole, never patched. Components read it
// through the hooks in ./selectors; only src/pipeline/actions.ts writes it.
import { create } from 'zustand';
import type { DatasetResult } from '../pipeline/compute';
import type { Dataset } from '../pipeline/datasets';
import type { FileProblem } from '../pipeline/inspect';
import type { ThresholdOverrides } from '../pipeline/market';
import { loadStrikeSteps, loadThresholds } from './persisted';

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface Progress {
  stage: string; // 'Inspecting files', 'Computing NIFTY/2026-01-13: options', ...
  done: number;
  total: number;
}

export interface FilesSlice {
  status: Status;
  progress: Progress | null;
  error: string | null;
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
}

export type AppState = FilesSlice & ResultSlice & ThresholdsSlice;

export const useAppStore = create<AppState>()(() => ({
  status: 'idle',
  progress: null,
  error: null,
  problems: [],
  datasets: [],
  selectedKey: null,
  result: null,
  overrides: loadThresholds(),
  strikeSteps: loadStrikeSteps(),
}));
