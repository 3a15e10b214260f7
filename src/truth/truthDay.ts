// A day's compact results for the truth tables (spec 14): what the statistics over many days need
// of it, small enough to keep for 250 days where its per-second features are not.
import type { Database } from '../db/database';
import { type Rows, toColumns, toRows } from '../pipeline/columns';
import type { Session } from '../pipeline/market';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';
import { TICK } from '../stats/forward';

export const DEFAULT_BUCKET_MINUTES = 30;

export interface TruthSettings {
  /** The time-of-day buckets' starts, 'HH:MM:SS' ascending, the first the session's open. */
  bucketStarts: readonly string[];
  tick: number;
}

const seconds = (time: string) => {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};
const clock = (s: number) =>
  [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** Buckets of `minutes` from the open (the close's second falls in the last one that starts before it). */
export function bucketStarts(session: Session, minutes = DEFAULT_BUCKET_MINUTES): string[] {
  const starts: string[] = [];
  for (let s = seconds(session.open); s <= seconds(session.close); s += minutes * 60) starts.push(clock(s));
  return starts;
}

/** Why a custom list of bucket starts cannot be used, or null when it can. */
export function bucketStartsProblem(starts: readonly string[], session: Session): string | null {
  if (starts[0] !== session.open)
    return `the first bucket must start at the open (${session.open}), not ${starts[0] ?? 'nothing'}`;
  for (let i = 1; i < starts.length; i++) {
    const start = starts[i] as string;
    if (!/^\d\d:\d\d:\d\d$/.test(start)) return `a bucket start is HH:MM:SS, not ${start}`;
    if (seconds(start) <= seconds(starts[i - 1] as string))
      return `bucket starts must ascend: ${start} after ${starts[i - 1]}`;
    if (seconds(start) > seconds(session.close)) return `bucket start ${start} is after the close (${session.close})`;
  }
  return null;
}

export const DEFAULT_TRUTH_SETTINGS = (session: Session): TruthSettings => ({
  bucketStarts: bucketStarts(session),
  tick: TICK,
});

/** A day's spot and ATM straddle at each grid second from `open` (epoch seconds); NaN where NULL. */
export interface DayPaths {
  open: number;
  spot: Float64Array;
  straddle: Float64Array;
}

export interface TruthDay {
  /** Grid seconds per cell. */
  exposure: Rows;
  /** ATM spread tick counts per cell: ticks, n. */
  spreads: Rows;
  /** Straddle change per minute, in the cell of the minute's first second. */
  straddleChanges: Rows;
  /** Every event in the cell of its start, with the inputs of the statistics. */
  events: Rows;
  /** For the event study; absent where a day's results were made without them. */
  paths?: DayPaths;
}

/** Reads a computed day's compact results from the engine that holds its tables. */
export async function truthDay(db: Database, settings: TruthSettings): Promise<TruthDay> {
  await runQuery(db, queries.truthSeconds, settings);
  return {
    exposure: toRows(await runQuery(db, queries.truthExposure, undefined)),
    spreads: toRows(await runQuery(db, queries.truthSpreads, undefined)),
    straddleChanges: toRows(await runQuery(db, queries.truthStraddleChanges, undefined)),
    events: toRows(await runQuery(db, queries.truthEvents, undefined)),
    paths: await dayPaths(db),
  };
}

async function dayPaths(db: Database): Promise<DayPaths> {
  const { time, spot, straddle } = toColumns(await runQuery(db, queries.truthPaths, undefined));
  return { open: time?.[0] ?? 0, spot: spot ?? new Float64Array(), straddle: straddle ?? new Float64Array() };
}
