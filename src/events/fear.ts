// Fear spikes (spec 10): IV rising faster than its last half hour says it does, found by the run
// rule on the engine from iv_seconds (see ladder.ts).
import type { Database } from '../db/database';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';

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

/** Builds fear_seconds and fear from iv_seconds and market_state. */
export async function buildFear(db: Database, thresholds: FearThresholds): Promise<void> {
  await runQuery(db, queries.fearSeconds, thresholds);
  await runQuery(db, queries.fearRuns, undefined);
  await runQuery(db, queries.eventRuns, thresholds);
  await runQuery(db, queries.fear, undefined);
}
