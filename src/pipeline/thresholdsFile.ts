// One schema for thresholds wherever they come from: the editor, an imported JSON file, what the
// browser kept (localStorage) and the batch command's --config. Invalid input changes nothing.
import { type BurstThresholds, DTE_BUCKETS, defaultThresholds, type ThresholdOverrides } from './market';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

interface Rule {
  spec: string; // the spec's name of the threshold
  integer: boolean;
  least: number; // the smallest value that makes sense
  strict: boolean; // whether `least` itself is excluded
}

const RULES: Record<keyof BurstThresholds, Rule> = {
  kHard: { spec: 'k_hard', integer: false, least: 0, strict: true },
  kSoft: { spec: 'k_soft', integer: false, least: 0, strict: true },
  rvFloor: { spec: 'rv_floor', integer: false, least: 0, strict: true },
  minMove: { spec: 'min_move', integer: false, least: 0, strict: true },
  mergeGapS: { spec: 'merge_gap_s', integer: true, least: 0, strict: false },
  minDurationS: { spec: 'min_duration_s', integer: true, least: 1, strict: false },
};
const KEYS = Object.keys(RULES) as (keyof BurstThresholds)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `value` cannot be threshold `key`, or undefined when it can. */
export function thresholdError(key: keyof BurstThresholds, value: unknown): string | undefined {
  const rule = RULES[key];
  const what = `${rule.integer ? 'a whole number' : 'a number'} ${rule.strict ? '>' : '>='} ${rule.least}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `must be ${what}, not ${JSON.stringify(value)}`;
  if (rule.integer && !Number.isInteger(value)) return `must be ${what}, not ${value}`;
  if (rule.strict ? value <= rule.least : value < rule.least) return `must be ${what}, not ${value}`;
  return undefined;
}

/**
 * Thresholds as the app and the batch command read them: `{ UNDERLYING: { bucket: { kHard, ... } } }`
 * with only the values that differ from the defaults. Every error names the key and the rule.
 */
export function checkThresholds(input: unknown): Checked<ThresholdOverrides> {
  const errors: string[] = [];
  if (!isObject(input)) {
    return { ok: false, errors: [`thresholds must be an object of underlyings, not ${JSON.stringify(input)}`] };
  }
  for (const [underlying, buckets] of Object.entries(input)) {
    if (!isObject(buckets)) {
      errors.push(`${underlying}: must be an object of DTE buckets (${DTE_BUCKETS.join(', ')})`);
      continue;
    }
    for (const [bucket, values] of Object.entries(buckets)) {
      const at = `${underlying}.${bucket}`;
      if (!(DTE_BUCKETS as readonly string[]).includes(bucket)) {
        errors.push(`${at}: unknown DTE bucket '${bucket}' (buckets: ${DTE_BUCKETS.join(', ')})`);
        continue;
      }
      if (!isObject(values)) {
        errors.push(`${at}: must be an object of thresholds (${KEYS.join(', ')})`);
        continue;
      }
      for (const [key, value] of Object.entries(values)) {
        const known = KEYS.find((k) => k === key);
        if (!known) {
          const meant = KEYS.find((k) => RULES[k].spec === key || k.toLowerCase() === key.toLowerCase());
          errors.push(
            `${at}.${key}: unknown threshold${meant ? `; did you mean '${meant}'?` : ` (${KEYS.join(', ')})`}`,
          );
          continue;
        }
        const error = thresholdError(known, value);
        if (error) errors.push(`${at}.${key}: ${error}`);
      }
      const merged = { ...defaultThresholds(underlying), ...values };
      if (errors.length === 0 && merged.kHard < merged.kSoft) {
        errors.push(`${at}: kHard (${merged.kHard}) must not be below kSoft (${merged.kSoft})`);
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input as ThresholdOverrides };
}

/** The same, from JSON text. */
export function parseThresholds(text: string): Checked<ThresholdOverrides> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  return checkThresholds(input);
}
