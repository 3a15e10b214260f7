// Liquidity events (spec 9): a side of an option's book that thins (vacuum: nobody traded it
// away; sweep: trades took it) and level-0 quotes pulled at an unchanged price, each with how
// long the book took to come back. Built on the engine from the ladder instruments' states (ladder.ts).

import { tableFromArrays } from 'apache-arrow';
import type { Database } from '../db/database';
import { toColumns, toRows } from '../pipeline/columns';
import type { LiquidityThresholds } from '../pipeline/market';
import { runInto, runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';
import { TICK } from '../stats/forward';
import { trailingMedians } from '../stats/sortedWindow';

/** Instruments whose series one query builds: a few, to keep the engine's memory low. */
const INSTRUMENTS_AT_ONCE = 8;
/** base(ts): the median over rows ts-300..ts-1, given from 60 values (spec 9). */
const BASE_ROWS = 300;
const BASE_MIN_VALUES = 60;

/**
 * Builds liquidity_series (kept: the bursts' drivers read it), liquidity_runs and liquidity for
 * the ladder's instruments from their states (ladder.ts builds both): all that a threshold change
 * alters, and no file is read. `close` is the session's last second.
 */
export async function buildLiquidity(db: Database, thresholds: LiquidityThresholds, close: string): Promise<void> {
  const [count] = toRows(await runQuery(db, queries.ladderInstrumentCount, undefined));
  const instruments = Number(count?.instruments ?? 0);
  // at least one batch, so that the tables exist (empty) on a day without instruments
  const batches = Math.max(1, Math.ceil(instruments / INSTRUMENTS_AT_ONCE));
  const batch = (b: number) => ({ first: b * INSTRUMENTS_AT_ONCE, last: (b + 1) * INSTRUMENTS_AT_ONCE - 1 });
  for (let b = 0; b < batches; b++) {
    await runInto(db, queries.liquiditySides, { tick: TICK, ...batch(b) }, false);
    const { series, d5, d1 } = toColumns(await runQuery(db, queries.liquidityDepths, undefined));
    await runQuery(db, queries.liquidityBases, undefined);
    if (series && d5 && d1) {
      const bases = tableFromArrays({
        base: trailingMedians(d5, series, BASE_ROWS, BASE_MIN_VALUES),
        base1: trailingMedians(d1, series, BASE_ROWS, BASE_MIN_VALUES),
      });
      await db.insertArrow('liquidity_bases', bases, true);
    }
    await runInto(db, queries.liquiditySeries, thresholds, b > 0);
  }
  await runQuery(db, queries.liquidityDepthRuns, undefined);
  await runQuery(db, queries.eventRuns, thresholds);
  await runInto(db, queries.liquidityRuns, { family: 'depth' }, false);
  await runQuery(db, queries.liquidityPullRuns, undefined);
  await runQuery(db, queries.eventRuns, thresholds);
  await runInto(db, queries.liquidityRuns, { family: 'pull' }, true);
  for (let b = 0; b < batches; b++) {
    const { first, last } = batch(b);
    await runInto(db, queries.liquidityFound, { close, first: 2 * first, last: 2 * last + 1 }, b > 0);
  }
  await runQuery(db, queries.liquidity, undefined);
}
