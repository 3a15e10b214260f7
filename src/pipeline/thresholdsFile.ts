// One schema for thresholds wherever they come from: the editor, an imported JSON file, what the
// browser kept (localStorage) and the batch command's --config. Invalid input changes nothing.
import {
  type BurstThresholds,
  type ChopThresholds,
  DTE_BUCKETS,
  FAMILIES,
  type Family,
  type FearThresholds,
  groupValues,
  type LiquidityThresholds,
  type ThresholdGroup,
  type ThresholdOverrides,
  thresholdsFor,
} from './market';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Rule =
  | {
      kind: 'number';
      spec: string; // the spec's name of the threshold
      integer: boolean;
      least: number; // the smallest value that makes sense
      strict: boolean; // whether `least` itself is excluded
      most?: number; // the largest, included
    }
  | { kind: 'time'; spec: string };

const number = (spec: string, least: number, strict: boolean, most?: number): Rule => ({
  kind: 'number',
  spec,
  integer: false,
  least,
  strict,
  most,
});
const whole = (spec: string, least: number, most?: number): Rule => ({
  kind: 'number',
  spec,
  integer: true,
  least,
  strict: false,
  most,
});
const gapS = whole('gap_s', 0);
const minDurationS = whole('min_duration_s', 1);

/** Every threshold's rule, by group, in the spec's order (sections 6, 9, 10 and 11). */
export const RULES: {
  bursts: Record<keyof BurstThresholds, Rule>;
  liquidity: Record<keyof LiquidityThresholds, Rule>;
  fear: Record<keyof FearThresholds, Rule>;
  chop: Record<keyof ChopThresholds, Rule>;
} = {
  bursts: {
    kHard: number('k_hard', 0, true),
    kSoft: number('k_soft', 0, true),
    rvFloor: number('rv_floor', 0, true),
    minMove: number('min_move', 0, true),
    mergeGapS: whole('merge_gap_s', 0),
    minDurationS: whole('min_duration_s', 1),
  },
  liquidity: {
    minBaseDepth5: number('min_base_depth5', 0, false),
    minBaseQty: number('min_base_qty', 0, false),
    // shares of the base: a side thins below it
    softRatio: number('soft_ratio', 0, true, 1),
    hardRatio: number('hard_ratio', 0, true, 1),
    gapS,
    minDurationS,
  },
  fear: {
    zSoft: number('z_soft', 0, true),
    zHard: number('z_hard', 0, true),
    dIvMin: number('d_iv_min', 0, false),
    gapS,
    minDurationS,
    lateFrom: { kind: 'time', spec: 'late_from' },
  },
  chop: {
    erMax: number('er_max', 0, true),
    rangeZMax: number('range_z_max', 0, true),
    vrMax: number('vr_max', 0, true),
    minObserved: whole('min_observed', 0, 300), // of the last 300 seconds
    gapS,
    minDurationS,
  },
};

/** Pairs whose `high` must not be below `low`: a hard second must also be a soft one. */
export const ORDERS: readonly { group: ThresholdGroup; high: string; low: string }[] = [
  { group: 'bursts', high: 'kHard', low: 'kSoft' },
  { group: 'liquidity', high: 'softRatio', low: 'hardRatio' },
  { group: 'fear', high: 'zHard', low: 'zSoft' },
];

const rulesOf = (group: ThresholdGroup): Record<string, Rule> => RULES[group];
const keysOf = (group: ThresholdGroup): string[] => Object.keys(RULES[group]);

export function ruleOf(group: ThresholdGroup, key: string): Rule | undefined {
  return Object.hasOwn(RULES[group], key) ? rulesOf(group)[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** Why `value` cannot be threshold `key` of `group`, or undefined when it can. */
export function thresholdError(group: ThresholdGroup, key: string, value: unknown): string | undefined {
  const rule = ruleOf(group, key);
  if (!rule) return 'is no threshold';
  if (rule.kind === 'time') {
    return typeof value === 'string' && TIME.test(value)
      ? undefined
      : `must be a time 'HH:MM:SS', not ${JSON.stringify(value)}`;
  }
  const bounds = `${rule.strict ? '>' : '>='} ${rule.least}${rule.most === undefined ? '' : ` and <= ${rule.most}`}`;
  const what = `${rule.integer ? 'a whole number' : 'a number'} ${bounds}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `must be ${what}, not ${JSON.stringify(value)}`;
  if (rule.integer && !Number.isInteger(value)) return `must be ${what}, not ${value}`;
  if (rule.strict ? value <= rule.least : value < rule.least) return `must be ${what}, not ${value}`;
  if (rule.most !== undefined && value > rule.most) return `must be ${what}, not ${value}`;
  return undefined;
}

/** The first order that a group's values break, or undefined. */
export function orderError(group: ThresholdGroup, values: Record<string, unknown>): string | undefined {
  for (const { high, low } of ORDERS.filter((o) => o.group === group)) {
    if (Number(values[high]) < Number(values[low])) {
      return `${high} (${values[high]}) must not be below ${low} (${values[low]})`;
    }
  }
  return undefined;
}

/** The keys of `group` that `key` may have meant: the same name in another case or the spec's spelling. */
function meant(key: string, group: ThresholdGroup): string[] {
  return keysOf(group).filter((k) => k.toLowerCase() === key.toLowerCase() || ruleOf(group, k)?.spec === key);
}

/** `key` unknown at `at` (in `group` of the bucket at `bucketAt`): a hint when it is known elsewhere. */
function unknownKey(bucketAt: string, at: string, key: string, group: ThresholdGroup): string {
  const families = group === 'bursts' ? FAMILIES.filter((f) => f === key.toLowerCase()) : [];
  const here = [...meant(key, group), ...families];
  // a family's threshold written among the burst ones, or the other way round: its whole path
  const elsewhere = (['bursts', ...FAMILIES] as const)
    .filter((g) => g !== group)
    .flatMap((g) => meant(key, g).map((k) => (g === 'bursts' ? `${bucketAt}.${k}` : `${bucketAt}.${g}.${k}`)));
  const hints = here.length > 0 ? here : elsewhere;
  if (hints.length > 0)
    return `${at}.${key}: unknown threshold; did you mean ${hints.map((h) => `'${h}'`).join(' or ')}?`;
  const known =
    group === 'bursts' ? `${keysOf(group).join(', ')}; groups: ${FAMILIES.join(', ')}` : keysOf(group).join(', ');
  return `${at}.${key}: unknown threshold (${known})`;
}

/** Errors of one group's values at `at`, each naming its key path and rule. */
function groupErrors(bucketAt: string, group: ThresholdGroup, values: Record<string, unknown>): string[] {
  const at = group === 'bursts' ? bucketAt : `${bucketAt}.${group}`;
  const errors: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (group === 'bursts' && (FAMILIES as readonly string[]).includes(key)) {
      const family = key as Family;
      if (isObject(value)) errors.push(...groupErrors(bucketAt, family, value));
      else errors.push(`${at}.${family}: must be an object of thresholds (${keysOf(family).join(', ')})`);
    } else if (!ruleOf(group, key)) {
      errors.push(unknownKey(bucketAt, at, key, group));
    } else {
      const error = thresholdError(group, key, value);
      if (error) errors.push(`${at}.${key}: ${error}`);
    }
  }
  return errors;
}

/**
 * Thresholds as the app and the batch command read them: `{ UNDERLYING: { bucket: { kHard, ...,
 * liquidity: {...}, fear: {...}, chop: {...} } } }` with only the values that differ from the
 * defaults. Every error names the key path and the rule.
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
        errors.push(`${at}: must be an object of thresholds (${keysOf('bursts').join(', ')}, ${FAMILIES.join(', ')})`);
        continue;
      }
      const own = groupErrors(at, 'bursts', values);
      errors.push(...own);
      if (own.length > 0) continue;
      // the orders hold between the values given and the defaults of those absent
      const merged = thresholdsFor({ [underlying]: { [bucket]: values } }, underlying, bucket);
      for (const group of ['bursts', ...FAMILIES] as const) {
        const error = orderError(group, groupValues(merged, group));
        if (error) errors.push(`${group === 'bursts' ? at : `${at}.${group}`}: ${error}`);
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
