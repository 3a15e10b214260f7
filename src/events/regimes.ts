// Regimes (spec 12): each minute labelled from what was known at its end, and the overlay flags
// from the final event tables. Hard seconds come from burst_seconds and chop seconds from
// chop_seconds: every threshold change rebuilds the regimes.
import type { Database } from '../db/database';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';

/** Builds regime_minutes and regimes. */
export async function buildRegimes(db: Database): Promise<void> {
  await runQuery(db, queries.regimeMinutes, undefined);
  await runQuery(db, queries.regimes, undefined);
}
