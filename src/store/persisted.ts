// What survives a reload: the user's thresholds and strike steps (localStorage) and the moment being replayed
// (the URL, so that a shared link returns to the same second once the same files are loaded).
import { DEFAULT_LADDER, ladderNError } from '../ladder/ladder';
import type { ThresholdOverrides } from '../pipeline/market';
import { type Checked, checkThresholds } from '../pipeline/thresholdsFile';

/** What was kept, checked: an invalid value is dropped (and forgotten), and `dropped` says why. */
export interface Kept<T> {
  value: T;
  dropped: string | null;
}

/** A JSON object kept in localStorage; absent reads as {}, and so does one that fails `check`. */
function loadObject<T extends object>(key: string, what: string, check: (value: unknown) => Checked<T>): Kept<T> {
  let checked: Checked<T>;
  try {
    const text = globalThis.localStorage?.getItem(key);
    if (!text) return { value: {} as T, dropped: null };
    checked = check(JSON.parse(text));
  } catch (error) {
    checked = { ok: false, errors: [String(error)] };
  }
  if (checked.ok) return { value: checked.value, dropped: null };
  globalThis.localStorage?.removeItem(key);
  return {
    value: {} as T,
    dropped: `The ${what} kept in this browser were invalid and are reset: ${checked.errors.join('; ')}`,
  };
}

function saveObject(key: string, value: object): void {
  globalThis.localStorage?.setItem(key, JSON.stringify(value));
}

const THRESHOLDS_KEY = 'market-truth.thresholds.v1';
const STRIKE_STEPS_KEY = 'market-truth.strike-steps.v1';

export const loadThresholds = () => loadObject(THRESHOLDS_KEY, 'thresholds', checkThresholds);
export const saveThresholds = (overrides: ThresholdOverrides) => saveObject(THRESHOLDS_KEY, overrides);

/** Strike steps the user set, per underlying (spec 4: shown and editable). */
export const loadStrikeSteps = () => loadObject(STRIKE_STEPS_KEY, 'strike steps', checkStrikeSteps);

function checkStrikeSteps(input: unknown): Checked<Record<string, number>> {
  const entries = typeof input === 'object' && input !== null ? Object.entries(input) : [];
  const bad = entries.filter(([, step]) => typeof step !== 'number' || !(step > 0) || !Number.isFinite(step));
  if (typeof input !== 'object' || input === null || Array.isArray(input) || bad.length > 0) {
    return { ok: false, errors: [`strike steps must be numbers > 0 by underlying, not ${JSON.stringify(input)}`] };
  }
  return { ok: true, value: input as Record<string, number> };
}
export const saveStrikeSteps = (steps: Record<string, number>) => saveObject(STRIKE_STEPS_KEY, steps);

const LADDER_N_KEY = 'market-truth.ladder-n.v1';

/** The ladder's N (spec 8: strikes each side of the ATM), when the user set one. */
export function loadLadderN(): Kept<number> {
  const text = globalThis.localStorage?.getItem(LADDER_N_KEY);
  if (!text) return { value: DEFAULT_LADDER.ladderN, dropped: null };
  const error = ladderNError(Number(text));
  if (!error) return { value: Number(text), dropped: null };
  globalThis.localStorage?.removeItem(LADDER_N_KEY);
  return {
    value: DEFAULT_LADDER.ladderN,
    dropped: `The ladder width kept in this browser was invalid and is reset: ${error}`,
  };
}
export const saveLadderN = (n: number) => globalThis.localStorage?.setItem(LADDER_N_KEY, String(n));

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
