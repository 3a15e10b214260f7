// Fear spikes (spec 10): IV rising faster than its last half hour says it does, found by the run
// rule on the engine from iv_seconds (see ladder.ts).
import type { Database } from '../db/database';
import type { FearThresholds } from '../pipeline/market';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';

export { defaultFearThresholds, type FearThresholds } from '../pipeline/market';

/** Builds fear_seconds and fear from iv_seconds and market_state. */
export async function buildFear(db: Database, thresholds: FearThresholds): Promise<void> {
  await runQuery(db, queries.fearSeconds, thresholds);
  await runQuery(db, queries.fearRuns, undefined);
  await runQuery(db, queries.eventRuns, thresholds);
  await runQuery(db, queries.fear, undefined);
}
