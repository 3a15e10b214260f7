// What survives a reload: the user's thresholds and strike steps (localStorage) and the moment being replayed
// (the URL, so that a shared link returns to the same second once the same files are loaded).
import type { ThresholdOverrides } from '../pipeline/market';

/** A JSON object kept in localStorage; an absent or unreadable one reads as {}. */
function loadObject<T extends object>(key: string): T {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as T) : ({} as T);
  } catch {
    return {} as T;
  }
}

function saveObject(key: string, value: object): void {
  globalThis.localStorage?.setItem(key, JSON.stringify(value));
}

const THRESHOLDS_KEY = 'market-truth.thresholds.v1';
const STRIKE_STEPS_KEY = 'market-truth.strike-steps.v1';

export const loadThresholds = () => loadObject<ThresholdOverrides>(THRESHOLDS_KEY);
export const saveThresholds = (overrides: ThresholdOverrides) => saveObject(THRESHOLDS_KEY, overrides);

/** Strike steps the user set, per underlying (spec 4: shown and editable). */
export const loadStrikeSteps = () => loadObject<Record<string, number>>(STRIKE_STEPS_KEY);
export const saveStrikeSteps = (steps: Record<string, number>) => saveObject(STRIKE_STEPS_KEY, steps);

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
