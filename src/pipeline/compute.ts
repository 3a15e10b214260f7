// One dataset's market state and bursts, computed on the engine (spec 2-7). The queries leave
// their results in temp tables (spot_grid, market_state, bursts, features...), so that a
// threshold change recomputes bursts and events without reading the Parquet files again.
import type { Database } from '../db/database';
import { buildChop } from '../events/chop';
import { buildFear } from '../events/fear';
import { buildLiquidity } from '../events/liquidity';
import { buildRegimes } from '../events/regimes';
import { buildLadder, DEFAULT_LADDER, type IvSolver, type LadderSettings } from '../ladder/ladder';
import { queries } from '../sql';
import { type Columns, type Rows, toColumns, toRows } from './columns';
import type { Dataset } from './datasets';
import type { FileProblem, InspectedFile } from './inspect';
import {
  afterClose,
  type BurstThresholds,
  changedGroups,
  DEFAULT_DTE_EDGES,
  daysBetween,
  dteBucket,
  KNOWN_STRIKE_STEPS,
  type Session,
  type Thresholds,
} from './market';
import { runInto, runQuery } from './runQuery';
import { type Engines, enginesOf, scanShares, shareFiles, UnreadableFiles } from './shares';

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
  grid_seconds: number;
  spot_observed_seconds: number;
  /** Median seconds between spot updates in the grid; null with fewer than two. */
  median_spot_interval_s: number | null;
}

/** The share (0-1) of the session's seconds with spot observed. */
export function spotObservedShare(quality: DataQuality): number {
  return quality.spot_observed_seconds / Math.max(1, quality.grid_seconds);
}

/** Spot observed in under half the seconds, or updated less often than every 5 s (median). */
export function isSparse(quality: DataQuality): boolean {
  return spotObservedShare(quality) < 0.5 || (quality.median_spot_interval_s ?? 0) > 5;
}

/** A burst whose spot was observed in under half its seconds (spec 6): on polled data a jump between two polls can make one. */
export function isSparseBurst(burst: Record<string, unknown>): boolean {
  return Number(burst.spot_observed_s) < Number(burst.duration_s) / 2;
}

export interface BurstResult {
  features: Columns;
  bursts: Rows;
  /** Every event of every kind (bursts too), by start: kind, id, start_time, end_time, size... */
  events: Rows;
  /** Each minute's regime (spec 12): minute_time, regime. */
  regimes: Rows;
  /** Spot unobserved for STALE_AFTER_S or more: [start_time, end_time] rows. */
  staleSpans: Rows;
  atmChanges: Rows;
  thresholds: Thresholds;
}

export const STALE_AFTER_S = 5;

/** The day's spot: first and last of the session, high and low; null without any spot. */
export interface SpotRange {
  open: number | null;
  high: number | null;
  low: number | null;
  last: number | null;
}

/** The day's strike ladder (spec 8), read once: row second * rowsPerSecond + (k + n) * 2 + (PE ? 1 : 0). */
export interface LadderColumns {
  /** Strikes each side of the ATM strike. */
  n: number;
  rowsPerSecond: number;
  columns: Columns;
}

export interface DatasetResult extends BurstResult {
  info: DatasetInfo;
  ladder: LadderColumns;
  quality: DataQuality;
  range: SpotRange;
  /** Files of the dataset whose pages could not be read: the day is computed without them. */
  unreadable: FileProblem[];
}

export interface ComputeOptions {
  session: Session;
  /** A strike step the user chose for this underlying; otherwise known or inferred. */
  strikeStep?: number;
  dteEdges?: readonly number[];
  /** Every threshold (bursts and the second layer's families) of an underlying and DTE bucket. */
  thresholds: (underlying: string, dteBucket: string) => Thresholds;
  onStage?: (stage: string) => void;
  /** The ladder's width, the expiry instant and the IV history floor (spec 8, 10). */
  ladder?: LadderSettings;
  /** Where the ladder's IVs are solved: in this thread unless given (the browser uses a worker). */
  solveIv?: IvSolver;
}

/** Everything the screen needs: the tables built on the engine, then read into columns. */
export async function computeDataset(
  engines: Engines,
  dataset: Dataset,
  files: ReadonlyMap<string, InspectedFile>,
  options: ComputeOptions,
): Promise<DatasetResult> {
  const built = await buildDataset(engines, dataset, files, options);
  const [range] = toRows(await runQuery(built.engine, queries.spotRange, undefined));
  const n = (options.ladder ?? DEFAULT_LADDER).ladderN;
  const ladder = {
    n,
    rowsPerSecond: 2 * (2 * n + 1),
    columns: toColumns(await runQuery(built.engine, queries.ladderColumns, undefined)),
  };
  return {
    ...built,
    range: range as unknown as SpotRange,
    ladder,
    ...(await readBurstResult(built.engine, built.thresholds)),
  };
}

export interface BuiltDataset {
  /** The engine that holds the dataset's tables. */
  engine: Database;
  info: DatasetInfo;
  quality: DataQuality;
  thresholds: Thresholds;
  unreadable: FileProblem[];
}

/**
 * Builds the dataset's tables on the engine (features, bursts and their inputs); reads nothing
 * back. Files that cannot be read are left out, and the dataset built again from the others (spec 1).
 */
export async function buildDataset(
  engines: Engines,
  dataset: Dataset,
  files: ReadonlyMap<string, InspectedFile>,
  options: ComputeOptions,
): Promise<BuiltDataset> {
  const unreadable: FileProblem[] = [];
  for (;;) {
    const readable = dataset.files.filter((path) => !unreadable.some((u) => u.path === path));
    if (readable.length === 0) {
      throw new Error(
        `no file of the day could be read: ${unreadable.map((u) => `${u.path}: ${u.reason}`).join('; ')}`,
      );
    }
    try {
      return { ...(await buildFrom(engines, { ...dataset, files: readable }, files, options)), unreadable };
    } catch (error) {
      if (!(error instanceof UnreadableFiles)) throw error;
      unreadable.push(...error.problems);
    }
  }
}

async function buildFrom(
  engines: Engines,
  dataset: Dataset,
  files: ReadonlyMap<string, InspectedFile>,
  options: ComputeOptions,
): Promise<Omit<BuiltDataset, 'unreadable'>> {
  const stage = options.onStage ?? (() => {});
  const { underlying, tradeDate } = dataset;
  const all = enginesOf(engines);
  const shares = shareFiles(dataset, files, all.length)
    .map((share, i) => ({ engine: all[i] as Database, files: share }))
    .filter((share) => share.files.length > 0);
  const db = shares[0]?.engine;
  if (!db) throw new Error('no files');

  const { session } = options;
  const open = `${tradeDate} ${session.open}`;
  const close = `${tradeDate} ${session.close}`;
  const window = {
    underlying,
    dayStart: `${tradeDate} 00:00:00`,
    dayEnd: afterClose(tradeDate, session),
  };

  stage('spot');
  await scanShares(shares, files, ['spot_partials', 'day_strikes'], async (engine, append) => {
    await runInto(engine, queries.spotPartials, window, append);
    await runInto(engine, queries.dayStrikes, { ...window, tradeDate }, append);
  });
  await runQuery(db, queries.spotSeconds, undefined);
  const [facts] = toRows(await runQuery(db, queries.datasetInfo, undefined));
  const expiry = facts?.expiry as string | null;
  if (!expiry) throw new Error('no option expiry on or after the trade date');
  const inferred = (facts?.inferred_step as number | null) ?? null;
  const strikeStep = options.strikeStep ?? KNOWN_STRIKE_STEPS[underlying] ?? inferred;
  if (!strikeStep) throw new Error('cannot infer the strike step (fewer than two strikes)');
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
  const ladder = options.ladder ?? DEFAULT_LADDER;
  const [band] = toRows(await runQuery(db, queries.atmBand, ladder));

  stage('options');
  const optionWindow = {
    ...window,
    expiry,
    minKey: (band?.min_key as number | null) ?? 0,
    maxKey: (band?.max_key as number | null) ?? -1,
  };
  await scanShares(shares, files, ['option_partials'], (engine, append) =>
    runInto(engine, queries.optionPartials, optionWindow, append),
  );
  await runQuery(db, queries.optionSeconds, undefined);
  await runQuery(db, queries.marketState, undefined);
  const [quality] = toRows(await runQuery(db, queries.dataQuality, undefined));

  stage('ladder and IV');
  const thresholds = options.thresholds(underlying, info.dteBucket);
  // the liquidity series need the instruments' states, not the IVs: the engine builds them while
  // the IVs are solved
  await buildLadder(db, expiry, ladder, options.solveIv, async () => {
    stage('liquidity');
    await buildLiquidity(db, thresholds.liquidity, close);
  });
  await buildFear(db, thresholds.fear);
  await buildChop(db, thresholds.chop);

  stage('bursts');
  await buildBursts(db, thresholds);
  return { engine: db, info, quality: quality as unknown as DataQuality, thresholds };
}

async function buildBursts(db: Database, thresholds: BurstThresholds): Promise<void> {
  await runQuery(db, queries.burstSeconds, thresholds);
  await runQuery(db, queries.burstSpans, thresholds);
  await runQuery(db, queries.bursts, undefined);
  await buildRegimes(db);
  await runQuery(db, queries.features, undefined);
}

/** Bursts and the features table from the computed market state: no Parquet is read. */
export async function computeBursts(db: Database, thresholds: Thresholds): Promise<BurstResult> {
  await buildBursts(db, thresholds);
  return readBurstResult(db, thresholds);
}

/**
 * The same after a threshold change: only the tables of the groups that changed, and what reads
 * them, are rebuilt from the computed grid, option seconds and IVs (no file is read; the ladder
 * stays), and only what thresholds alter is read back: the other feature columns, stale spans and
 * ATM changes of `previous` are kept as they are. `close` is the session's last second.
 */
export async function recomputeBursts(
  db: Database,
  thresholds: Thresholds,
  previous: BurstResult,
  close: string,
): Promise<BurstResult> {
  const changed = changedGroups(previous.thresholds, thresholds);
  if (changed.size === 0) return { ...previous, thresholds };
  if (changed.has('fear')) await buildFear(db, thresholds.fear);
  if (changed.has('chop')) await buildChop(db, thresholds.chop);
  if (changed.has('liquidity')) await buildLiquidity(db, thresholds.liquidity, close);
  if (changed.has('bursts')) {
    await runQuery(db, queries.burstSeconds, thresholds);
    await runQuery(db, queries.burstSpans, thresholds);
  }
  // the bursts' drivers read liquidity_series; the regimes read every family and the bursts
  if (changed.has('bursts') || changed.has('liquidity')) await runQuery(db, queries.bursts, undefined);
  await buildRegimes(db);
  await runQuery(db, queries.features, undefined);
  const columns = toColumns(await runQuery(db, queries.burstColumns, undefined));
  const bursts = toRows(await runQuery(db, queries.burstRows, undefined));
  const events = toRows(await runQuery(db, queries.eventRows, undefined));
  const regimes = toRows(await runQuery(db, queries.regimeRows, undefined));
  return { ...previous, features: { ...previous.features, ...columns }, bursts, events, regimes, thresholds };
}

async function readBurstResult(db: Database, thresholds: Thresholds): Promise<BurstResult> {
  const features = toColumns(await runQuery(db, queries.featureColumns, undefined));
  const bursts = toRows(await runQuery(db, queries.burstRows, undefined));
  const events = toRows(await runQuery(db, queries.eventRows, undefined));
  const regimes = toRows(await runQuery(db, queries.regimeRows, undefined));
  const staleSpans = toRows(await runQuery(db, queries.staleSpans, { minAgeS: STALE_AFTER_S }));
  const atmChanges = toRows(await runQuery(db, queries.atmChanges, undefined));
  return { features, bursts, events, regimes, staleSpans, atmChanges, thresholds };
}
