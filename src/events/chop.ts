// Chop pockets (spec 11): stretches where spot went nowhere while moving, found by the run rule
// on the engine from spot_grid; chop_seconds also holds rv_60 and er_star_300 for the regimes.
import type { Database } from '../db/database';
import type { ChopThresholds } from '../pipeline/market';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';

/** Builds chop_seconds and chop from spot_grid and market_state. */
export async function buildChop(db: Database, thresholds: ChopThresholds): Promise<void> {
  await runQuery(db, queries.chopSeconds, thresholds);
  await runQuery(db, queries.chopRuns, undefined);
  await runQuery(db, queries.eventRuns, thresholds);
  await runQuery(db, queries.chop, undefined);
}
