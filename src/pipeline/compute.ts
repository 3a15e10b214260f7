// One dataset's market state and bursts, computed on the engine (spec 2-7). The queries leave
// their results in temp tables (spot_grid, market_state, bursts, features...), so that a
// threshold change recomputes bursts without reading the Parquet files again.
import type { Database } from '../db/database';
import { queries } from '../sql';
import { type Columns, type Rows, toColumns, toRows } from './columns';
import type { Dataset } from './datasets';
import type { InspectedFile } from './inspect';
import {
  type BurstThresholds,
  DEFAULT_DTE_EDGES,
  daysBetween,
  dteBucket,
  KNOWN_STRIKE_STEPS,
  type Session,
  secondOfDay,
  timeOfDay,
} from './market';
import { runQuery } from './runQuery';

export interface DatasetInfo {
  key: string;
  underlying: string;
  tradeDate: string;
  expiry: string;
  strikeStep: number;
  inferredStrikeStep: number | null;
  dteDays: number;
  dteBucket: string;
  session: Session;
}

export interface DataQuality {
  row_count: number;
  negative_volume: number;
  crossed_quotes: number;
  nonpositive_prices: number;
}

export interface BurstResult {
  features: Columns;
  bursts: Rows;
  /** Spot unobserved for STALE_AFTER_S or more: [start_time, end_time] rows. */
  staleSpans: Rows;
  atmChanges: Rows;
  thresholds: BurstThresholds;
}

export const STALE_AFTER_S = 5;

export interface DatasetResult extends BurstResult {
  info: DatasetInfo;
  quality: DataQuality;
}

export interface ComputeOptions {
  session: Session;
  /** A strike step the user chose for this underlying; otherwise known or inferred. */
  strikeStep?: number;
  dteEdges?: readonly number[];
  thresholds: (underlying: string, dteBucket: string) => BurstThresholds;
  onStage?: (stage: string) => void;
}

/**
 * The dataset's rows from all its files, with `order_in_second`: one integer that orders the
 * rows of one second as spec 2 breaks ties (time in the second, then file path as text, then
 * row number in the file), so that arg_max picks the last row. Files are in path order.
 */
function ticksView(dataset: Dataset, files: ReadonlyMap<string, InspectedFile>): string {
  const selects = dataset.files.map((path, rank) => {
    const file = files.get(path);
    if (!file) throw new Error(`${path}: not inspected`);
    return `SELECT *, CAST(epoch_us(ts) % 1000000 AS HUGEINT) * ${2n ** 64n} + ${rank} * ${2n ** 40n} + row_no AS order_in_second FROM (${file.select})`;
  });
  return selects.join('\nUNION ALL\n');
}

export async function computeDataset(
  db: Database,
  dataset: Dataset,
  files: ReadonlyMap<string, InspectedFile>,
  options: ComputeOptions,
): Promise<DatasetResult> {
  const stage = options.onStage ?? (() => {});
  const { underlying, tradeDate } = dataset;
  await db.query(`CREATE OR REPLACE TEMP VIEW ticks AS ${ticksView(dataset, files)}`);

  const { session } = options;
  const open = `${tradeDate} ${session.open}`;
  const close = `${tradeDate} ${session.close}`;
  const window = {
    underlying,
    dayStart: `${tradeDate} 00:00:00`,
    dayEnd: `${tradeDate} ${timeOfDay(secondOfDay(session.close) + 1)}`,
  };

  stage('spot');
  await runQuery(db, queries.spotSeconds, window);
  const [facts] = toRows(await runQuery(db, queries.datasetInfo, { ...window, tradeDate }));
  const expiry = facts?.expiry as string | null;
  if (!expiry) throw new Error(`${dataset.key}: no option expiry on or after the trade date`);
  const inferred = (facts?.inferred_step as number | null) ?? null;
  const strikeStep = options.strikeStep ?? KNOWN_STRIKE_STEPS[underlying] ?? inferred;
  if (!strikeStep) throw new Error(`${dataset.key}: cannot infer the strike step (fewer than two strikes)`);
  const dteDays = daysBetween(tradeDate, expiry);
  const info: DatasetInfo = {
    key: dataset.key,
    underlying,
    tradeDate,
    expiry,
    strikeStep,
    inferredStrikeStep: inferred,
    dteDays,
    dteBucket: dteBucket(dteDays, options.dteEdges ?? DEFAULT_DTE_EDGES),
    session,
  };

  stage('grid');
  await runQuery(db, queries.spotGrid, {
    open,
    close,
    underlying,
    tradeDate,
    strikeStep,
    expiry,
    dteDays,
    dteBucket: info.dteBucket,
  });
  const [band] = toRows(await runQuery(db, queries.atmBand, undefined));

  stage('options');
  await runQuery(db, queries.optionSeconds, {
    ...window,
    expiry,
    minKey: (band?.min_key as number | null) ?? 0,
    maxKey: (band?.max_key as number | null) ?? -1,
  });
  await runQuery(db, queries.marketState, undefined);
  const [quality] = toRows(await runQuery(db, queries.dataQuality, undefined));

  stage('bursts');
  const result = await computeBursts(db, options.thresholds(underlying, info.dteBucket));
  return { info, quality: quality as unknown as DataQuality, ...result };
}

/** Bursts and the features table from the computed market state: no Parquet is read. */
export async function computeBursts(db: Database, thresholds: BurstThresholds): Promise<BurstResult> {
  await runQuery(db, queries.burstSeconds, thresholds);
  await runQuery(db, queries.bursts, thresholds);
  await runQuery(db, queries.features, undefined);
  const features = toColumns(await runQuery(db, queries.featureColumns, undefined));
  const bursts = toRows(await runQuery(db, queries.burstRows, undefined));
  const staleSpans = toRows(await runQuery(db, queries.staleSpans, { minAgeS: STALE_AFTER_S }));
  const atmChanges = toRows(await runQuery(db, queries.atmChanges, undefined));
  return { features, bursts, staleSpans, atmChanges, thresholds };
}
