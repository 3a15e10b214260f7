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

export function defaultThresholds(underlying: string): BurstThresholds {
  const nifty = underlying === 'NIFTY';
  return {
    kHard: 2.5,
    kSoft: 1.5,
    rvFloor: nifty ? 1.5e-5 : 2.0e-5,
    minMove: nifty ? 4e-4 : 5e-4,
    mergeGapS: 10,
    minDurationS: 3,
  };
}

/** Thresholds chosen by the user, per underlying and DTE bucket; anything absent is the default. */
export type ThresholdOverrides = Record<string, Record<string, Partial<BurstThresholds>>>;

export function thresholdsFor(overrides: ThresholdOverrides, underlying: string, bucket: string): BurstThresholds {
  return { ...defaultThresholds(underlying), ...overrides[underlying]?.[bucket] };
}
