// What the editor shows of each threshold: the spec's name and a line on what it does, with its
// unit, by group (spec 6, 9, 10, 11); and why a typed value cannot be applied.
import type { ThresholdGroup } from '../../pipeline/market';
import { ORDERS, ruleOf, thresholdError } from '../../pipeline/thresholdsFile';

export interface Field {
  key: string;
  label: string; // the spec's name
  meaning: string; // what it does, with its unit
}

export const GROUPS: { group: ThresholdGroup; title: string; spec: string }[] = [
  { group: 'bursts', title: 'Bursts', spec: 'spec 6' },
  { group: 'liquidity', title: 'Liquidity', spec: 'spec 9: vacuums, sweeps, pulls' },
  { group: 'fear', title: 'Fear', spec: 'spec 10: fear spikes, upside vol bids' },
  { group: 'chop', title: 'Chop', spec: 'spec 11: chop pockets' },
];

const runFields = (events: string): Field[] => [
  { key: 'gapS', label: 'gap_s', meaning: `${events} at most this many seconds apart are one (seconds)` },
  { key: 'minDurationS', label: 'min_duration_s', meaning: `shorter ${events} are dropped (seconds)` },
];

export const FIELDS: Record<ThresholdGroup, Field[]> = {
  bursts: [
    {
      key: 'kHard',
      label: 'k_hard',
      meaning: 'rv ratio (rv 10 / rv 120, ×) that makes a second hard; not below k_soft',
    },
    { key: 'kSoft', label: 'k_soft', meaning: 'rv ratio (×) that makes a second soft: a burst spans its soft seconds' },
    {
      key: 'rvFloor',
      label: 'rv_floor',
      meaning: 'least rv 120 the ratio divides by (per-second return; 1.5e-5 = 0.15 bp)',
    },
    {
      key: 'minMove',
      label: 'min_move',
      meaning: 'least |log move| of spot over 10 s for a hard second (4e-4 = 4 bp)',
    },
    { key: 'mergeGapS', label: 'merge_gap_s', meaning: 'bursts at most this many seconds apart are one (seconds)' },
    { key: 'minDurationS', label: 'min_duration_s', meaning: 'shorter bursts are dropped (seconds)' },
  ],
  liquidity: [
    {
      key: 'minBaseDepth5',
      label: 'min_base_depth5',
      meaning: "a side's base depth (median 5-level depth of the last 300 s) at or below this is no base (quantity)",
    },
    { key: 'minBaseQty', label: 'min_base_qty', meaning: 'the same for the level-0 base that pulls use (quantity)' },
    {
      key: 'softRatio',
      label: 'soft_ratio',
      meaning: 'depth at or below this share of its base makes a second soft (0-1); not below hard_ratio',
    },
    {
      key: 'hardRatio',
      label: 'hard_ratio',
      meaning: 'depth at or below this share of its base, and lower than 5 s before, makes a second hard (0-1)',
    },
    ...runFields('events of a book side'),
  ],
  fear: [
    {
      key: 'zSoft',
      label: 'z_soft',
      meaning: "iv_z (the ATM IV's 60 s change in robust z of the last half hour) that makes a second soft",
    },
    { key: 'zHard', label: 'z_hard', meaning: 'iv_z of a hard second, which also needs d_iv_min; not below z_soft' },
    {
      key: 'dIvMin',
      label: 'd_iv_min',
      meaning: 'least 60 s rise of the ATM IV for a hard second (annualised; 0.0075 = 0.75 vol points)',
    },
    ...runFields('spikes'),
    {
      key: 'lateFrom',
      label: 'late_from',
      meaning: "on an expiry day, seconds from this time on are not eligible (IST, 'HH:MM:SS')",
    },
  ],
  chop: [
    {
      key: 'erMax',
      label: 'er_max',
      meaning: 'most efficiency of a chop second: 5 min net move over its path, er_star_300 (× √300)',
    },
    { key: 'rangeZMax', label: 'range_z_max', meaning: 'most 5 min range, in units of rv_300 × √300 (×)' },
    {
      key: 'vrMax',
      label: 'vr_max',
      meaning: 'most variance ratio of 10 s moves to 1 s moves over 10 min, vr_600 (×)',
    },
    {
      key: 'minObserved',
      label: 'min_observed',
      meaning: 'fewest of the last 300 seconds with spot observed (seconds, 0-300)',
    },
    ...runFields('chop seconds'),
  ],
};

const labelOf = (group: ThresholdGroup, key: string) => FIELDS[group].find((f) => f.key === key)?.label ?? key;

/** The value typed in `field`, or why it cannot be applied given the group's other values. */
export function readField(
  group: ThresholdGroup,
  field: Field,
  text: string,
  current: Record<string, number | string>,
): { value: number | string } | { error: string } {
  const isTime = ruleOf(group, field.key)?.kind === 'time';
  if (!isTime && (text.trim() === '' || !Number.isFinite(Number(text)))) return { error: 'type a number' };
  const value = isTime ? text.trim() : Number(text);
  const own = thresholdError(group, field.key, value);
  if (own) return { error: own };
  const next = { ...current, [field.key]: value };
  for (const { high, low } of ORDERS.filter((o) => o.group === group && [o.high, o.low].includes(field.key))) {
    if (Number(next[high]) >= Number(next[low])) continue;
    return field.key === high
      ? { error: `must not be below ${labelOf(group, low)} (${next[low]}), not ${value}` }
      : { error: `must not be above ${labelOf(group, high)} (${next[high]}), not ${value}` };
  }
  return { value };
}
