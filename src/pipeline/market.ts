// Market conventions and defaults of spec sections 2, 4 and 6. Every value is a default the user
// may change in the app or in the thresholds file.

export interface Session {
  open: string; // 'HH:MM:SS' IST
  close: string; // inclusive: the grid's last second
}
export const DEFAULT_SESSION: Session = { open: '09:15:00', close: '15:30:00' };

export const KNOWN_STRIKE_STEPS: Readonly<Record<string, number>> = {
  NIFTY: 50,
  BANKNIFTY: 100,
  FINNIFTY: 50,
  MIDCPNIFTY: 25,
  SENSEX: 100,
  BANKEX: 100,
  NIFTYNXT50: 100,
};

export function secondOfDay(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

export function timeOfDay(second: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}`;
}

/** The instant just after the session's close second on `tradeDate` (an exclusive bound of its rows). */
export function afterClose(tradeDate: string, session: Session): string {
  return `${tradeDate} ${timeOfDay(secondOfDay(session.close) + 1)}`;
}

/** Calendar days between two 'YYYY-MM-DD' dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** DTE buckets: each edge closes a bucket named by it ('0', '2', '4'); beyond the last, 'N+'. */
export const DEFAULT_DTE_EDGES = [0, 2, 4] as const;
export function dteBucket(days: number, edges: readonly number[] = DEFAULT_DTE_EDGES): string {
  for (const edge of edges) if (days <= edge) return String(edge);
  const last = edges[edges.length - 1] ?? 0;
  return `${last + 2}+`;
}
export const DTE_BUCKETS = ['0', '2', '4', '6+'] as const;

export interface BurstThresholds {
  kHard: number;
  kSoft: number;
  rvFloor: number;
  minMove: number;
  mergeGapS: number;
  minDurationS: number;
}

/** Liquidity events (spec 9): depth events and pulls. */
export interface LiquidityThresholds {
  /** A base depth at or below this is no base (spec 9's min_base_depth5). */
  minBaseDepth5: number;
  minBaseQty: number;
  softRatio: number;
  hardRatio: number;
  gapS: number;
  minDurationS: number;
}

/** Fear spikes (spec 10). */
export interface FearThresholds {
  /** iv_z of a soft second. */
  zSoft: number;
  /** iv_z of a hard second, which also needs d_iv_60 >= dIvMin. */
  zHard: number;
  dIvMin: number;
  gapS: number;
  minDurationS: number;
  /** From this time an expiry day's seconds are not eligible ('HH:MM:SS'). */
  lateFrom: string;
}

/** Chop pockets (spec 11). */
export interface ChopThresholds {
  erMax: number;
  rangeZMax: number;
  vrMax: number;
  /** Seconds of the last 300 with spot observed, at least. */
  minObserved: number;
  gapS: number;
  minDurationS: number;
}

/** Every threshold of one underlying and DTE bucket: the burst ones flat (as files always had them), the families nested. */
export interface Thresholds extends BurstThresholds {
  liquidity: LiquidityThresholds;
  fear: FearThresholds;
  chop: ChopThresholds;
}

export const FAMILIES = ['liquidity', 'fear', 'chop'] as const;
export type Family = (typeof FAMILIES)[number];
/** What the editor groups and a threshold change rebuilds: the bursts or one family. */
export type ThresholdGroup = 'bursts' | Family;

export const DEFAULT_LIQUIDITY: LiquidityThresholds = {
  minBaseDepth5: 0,
  minBaseQty: 0,
  softRatio: 0.8,
  hardRatio: 0.5,
  gapS: 10,
  minDurationS: 2,
};

export function defaultFearThresholds(underlying: string): FearThresholds {
  return {
    zSoft: 2,
    zHard: 4,
    dIvMin: underlying === 'NIFTY' ? 0.0075 : 0.01,
    gapS: 10,
    minDurationS: 10,
    lateFrom: '15:00:00',
  };
}

export const DEFAULT_CHOP: ChopThresholds = {
  erMax: 0.5,
  rangeZMax: 1.0,
  vrMax: 0.9,
  minObserved: 270,
  gapS: 10,
  minDurationS: 180,
};

export function defaultThresholds(underlying: string): Thresholds {
  const nifty = underlying === 'NIFTY';
  return {
    kHard: 2.5,
    kSoft: 1.5,
    rvFloor: nifty ? 1.5e-5 : 2.0e-5,
    minMove: nifty ? 4e-4 : 5e-4,
    mergeGapS: 10,
    minDurationS: 3,
    liquidity: { ...DEFAULT_LIQUIDITY },
    fear: defaultFearThresholds(underlying),
    chop: { ...DEFAULT_CHOP },
  };
}

/** What a bucket's file entry holds: burst values flat, each family's values in its own object. */
export type BucketOverrides = Partial<BurstThresholds> & {
  liquidity?: Partial<LiquidityThresholds>;
  fear?: Partial<FearThresholds>;
  chop?: Partial<ChopThresholds>;
};

/** Thresholds chosen by the user, per underlying and DTE bucket; anything absent is the default. */
export type ThresholdOverrides = Record<string, Record<string, BucketOverrides>>;

export function thresholdsFor(overrides: ThresholdOverrides, underlying: string, bucket: string): Thresholds {
  const defaults = defaultThresholds(underlying);
  const { liquidity, fear, chop, ...bursts } = overrides[underlying]?.[bucket] ?? {};
  return {
    ...defaults,
    ...bursts,
    liquidity: { ...defaults.liquidity, ...liquidity },
    fear: { ...defaults.fear, ...fear },
    chop: { ...defaults.chop, ...chop },
  };
}

/** One group's values: the burst thresholds (without the families) or a family's. */
export function groupValues(thresholds: Thresholds, group: ThresholdGroup): Record<string, number | string> {
  if (group !== 'bursts') return { ...thresholds[group] };
  const { liquidity: _l, fear: _f, chop: _c, ...bursts } = thresholds;
  return { ...bursts };
}

/** The groups whose values differ between two sets of thresholds. */
export function changedGroups(before: Thresholds, after: Thresholds): Set<ThresholdGroup> {
  const groups: ThresholdGroup[] = ['bursts', ...FAMILIES];
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    Object.keys({ ...a, ...b }).every((key) => a[key] === b[key]);
  return new Set(groups.filter((g) => !same(groupValues(before, g), groupValues(after, g))));
}

/**
 * The overrides with one value set; a value equal to its default is left out (and an object it
 * leaves empty with it), so that a file holds only what differs from the defaults.
 */
export function withOverride(
  overrides: ThresholdOverrides,
  underlying: string,
  bucket: string,
  group: ThresholdGroup,
  key: string,
  value: number | string,
): ThresholdOverrides {
  const isDefault = groupValues(defaultThresholds(underlying), group)[key] === value;
  const mine: Record<string, unknown> = { ...overrides[underlying]?.[bucket] };
  const values: Record<string, unknown> = group === 'bursts' ? mine : { ...(mine[group] as object | undefined) };
  if (isDefault) delete values[key];
  else values[key] = value;
  if (group !== 'bursts' && Object.keys(values).length > 0) mine[group] = values;
  else if (group !== 'bursts') delete mine[group];
  const buckets = { ...overrides[underlying], [bucket]: mine as BucketOverrides };
  if (Object.keys(mine).length === 0) delete buckets[bucket];
  const next = { ...overrides, [underlying]: buckets };
  if (Object.keys(buckets).length === 0) delete next[underlying];
  return next;
}
