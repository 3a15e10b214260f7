// What survives a reload: the user's thresholds (localStorage) and the moment being replayed
// (the URL, so that a shared link returns to the same second once the same files are loaded).
import type { ThresholdOverrides } from '../pipeline/market';

const THRESHOLDS_KEY = 'market-truth.thresholds.v1';

export function loadThresholds(): ThresholdOverrides {
  try {
    const text = globalThis.localStorage?.getItem(THRESHOLDS_KEY);
    return text ? (JSON.parse(text) as ThresholdOverrides) : {};
  } catch {
    return {};
  }
}

export function saveThresholds(overrides: ThresholdOverrides): void {
  globalThis.localStorage?.setItem(THRESHOLDS_KEY, JSON.stringify(overrides));
}

const STRIKE_STEPS_KEY = 'market-truth.strike-steps.v1';

/** Strike steps the user set, per underlying (spec 4: shown and editable). */
export function loadStrikeSteps(): Record<string, number> {
  try {
    const text = globalThis.localStorage?.getItem(STRIKE_STEPS_KEY);
    return text ? (JSON.parse(text) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export function saveStrikeSteps(steps: Record<string, number>): void {
  globalThis.localStorage?.setItem(STRIKE_STEPS_KEY, JSON.stringify(steps));
}

export interface UrlState {
  dataset?: string; // 'NIFTY/2026-01-13'
  time?: string; // 'HH:MM:SS'
  speed?: number;
  /** Load the built-in sample day on arrival. */
  sample?: boolean;
}

export function readUrlState(): UrlState {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const speed = Number(params.get('speed'));
  return {
    dataset: params.get('dataset') ?? undefined,
    time: params.get('t') ?? undefined,
    speed: Number.isFinite(speed) && speed > 0 ? speed : undefined,
    sample: params.has('sample'),
  };
}

export function writeUrlState(state: UrlState): void {
  const params = new URLSearchParams(globalThis.location.search);
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.time) params.set('t', state.time);
  if (state.speed) params.set('speed', String(state.speed));
  const url = `${globalThis.location.pathname}?${params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':')}`;
  globalThis.history.replaceState(null, '', url);
}
