// Every query the app runs, one file each; the file name is the query's name. Each entry binds
// its SQL to a typed description of its parameters, in $1, $2, ... order.
import type { Param } from '../db/database';
import atmBand from './atm_band.sql?raw';
import atmChanges from './atm_changes.sql?raw';
import burstColumns from './burst_columns.sql?raw';
import burstRows from './burst_rows.sql?raw';
import burstSeconds from './burst_seconds.sql?raw';
import burstSpans from './burst_spans.sql?raw';
import bursts from './bursts.sql?raw';
import chop from './chop.sql?raw';
import chopRuns from './chop_runs.sql?raw';
import chopSeconds from './chop_seconds.sql?raw';
import dataQuality from './data_quality.sql?raw';
import datasetInfo from './dataset_info.sql?raw';
import dayStrikes from './day_strikes.sql?raw';
import daySummary from './day_summary.sql?raw';
import describeFile from './describe_file.sql?raw';
import dropScans from './drop_scans.sql?raw';
import dropScratch from './drop_scratch.sql?raw';
import eventRows from './event_rows.sql?raw';
import eventRuns from './event_runs.sql?raw';
import fear from './fear.sql?raw';
import fearRuns from './fear_runs.sql?raw';
import fearSeconds from './fear_seconds.sql?raw';
import featureColumns from './feature_columns.sql?raw';
import features from './features.sql?raw';
import fileDatasets from './file_datasets.sql?raw';
import fileRowGroups from './file_row_groups.sql?raw';
import instrumentStates from './instrument_states.sql?raw';
import ivInputs from './iv_inputs.sql?raw';
import ivSeconds from './iv_seconds.sql?raw';
import ivSolved from './iv_solved.sql?raw';
import ladder from './ladder.sql?raw';
import ladderColumns from './ladder_columns.sql?raw';
import ladderInstrumentCount from './ladder_instrument_count.sql?raw';
import ladderInstruments from './ladder_instruments.sql?raw';
import ladderIvs from './ladder_ivs.sql?raw';
import ladderRows from './ladder_rows.sql?raw';
import ladderView from './ladder_view.sql?raw';
import liquidity from './liquidity.sql?raw';
import liquidityBases from './liquidity_bases.sql?raw';
import liquidityDepthRuns from './liquidity_depth_runs.sql?raw';
import liquidityDepths from './liquidity_depths.sql?raw';
import liquidityFound from './liquidity_found.sql?raw';
import liquidityPullRuns from './liquidity_pull_runs.sql?raw';
import liquidityRuns from './liquidity_runs.sql?raw';
import liquiditySeries from './liquidity_series.sql?raw';
import liquiditySides from './liquidity_sides.sql?raw';
import marketState from './market_state.sql?raw';
import optionPartials from './option_partials.sql?raw';
import optionSeconds from './option_seconds.sql?raw';
import regimeMinutes from './regime_minutes.sql?raw';
import regimeRows from './regime_rows.sql?raw';
import regimes from './regimes.sql?raw';
import sessionRow from './session_row.sql?raw';
import spotGrid from './spot_grid.sql?raw';
import spotPartials from './spot_partials.sql?raw';
import spotRange from './spot_range.sql?raw';
import spotSeconds from './spot_seconds.sql?raw';
import staleSpans from './stale_spans.sql?raw';
import studyDayRow from './study_day_row.sql?raw';
import studyDays from './study_days.sql?raw';
import truthEvents from './truth_events.sql?raw';
import truthExposure from './truth_exposure.sql?raw';
import truthPaths from './truth_paths.sql?raw';
import truthSeconds from './truth_seconds.sql?raw';
import truthSpreads from './truth_spreads.sql?raw';
import truthStraddleChanges from './truth_straddle_changes.sql?raw';

/** A day of a study as study_day_row stores it: figures NULL when it failed, error NULL when not. */
export interface StudyDayRow {
  underlying: string;
  tradeDate: string;
  expiry: string | null;
  dteDays: number | null;
  dteBucket: string | null;
  strikeStep: number | null;
  seconds: number | null;
  spotObservedSeconds: number | null;
  bursts: number | null;
  burstsUp: number | null;
  burstsDown: number | null;
  maxAbsMoveBps: number | null;
  error: string | null;
}

export interface Query<P> {
  name: string;
  text: string;
  params: (p: P) => Param[];
}

function query<P = void>(name: string, text: string, params: (p: P) => Param[] = () => []): Query<P> {
  return { name, text, params };
}

/** The rows of one dataset: `ts` from the first instant of the trade date to the end of the close second. */
export interface DayWindow {
  underlying: string;
  dayStart: string;
  dayEnd: string;
}
const day = (w: DayWindow): Param[] => [w.underlying, w.dayStart, w.dayEnd];

export const queries = {
  describeFile: query('describe_file', describeFile, (p: { path: string }) => [p.path]),
  fileDatasets: query('file_datasets', fileDatasets, (p: { openSecond: number; closeSecond: number }) => [
    p.openSecond,
    p.closeSecond,
  ]),
  fileRowGroups: query(
    'file_row_groups',
    fileRowGroups,
    (p: { path: string; timestampColumn: string; underlyingColumn: string | null }) => [
      p.path,
      p.timestampColumn,
      p.underlyingColumn,
    ],
  ),
  sessionRow: query('session_row', sessionRow, (p: { underlying: string; open: string; closeEnd: string }) => [
    p.underlying,
    p.open,
    p.closeEnd,
  ]),
  spotPartials: query('spot_partials', spotPartials, day),
  spotSeconds: query('spot_seconds', spotSeconds),
  dayStrikes: query('day_strikes', dayStrikes, (p: DayWindow & { tradeDate: string }) => [...day(p), p.tradeDate]),
  datasetInfo: query('dataset_info', datasetInfo),
  spotGrid: query(
    'spot_grid',
    spotGrid,
    (p: {
      open: string;
      close: string;
      underlying: string;
      tradeDate: string;
      strikeStep: number;
      expiry: string;
      dteDays: number;
      dteBucket: string;
    }) => [p.open, p.close, p.underlying, p.tradeDate, p.strikeStep, p.expiry, p.dteDays, p.dteBucket],
  ),
  atmBand: query('atm_band', atmBand, (p: { ladderN: number }) => [p.ladderN]),
  optionPartials: query(
    'option_partials',
    optionPartials,
    (p: DayWindow & { expiry: string; minKey: number; maxKey: number }) => [...day(p), p.expiry, p.minKey, p.maxKey],
  ),
  optionSeconds: query('option_seconds', optionSeconds),
  marketState: query('market_state', marketState),
  ladderInstruments: query('ladder_instruments', ladderInstruments, (p: { ladderN: number }) => [p.ladderN]),
  instrumentStates: query('instrument_states', instrumentStates),
  dropScans: query('drop_scans', dropScans),
  ladderRows: query('ladder_rows', ladderRows, (p: { ladderN: number }) => [p.ladderN]),
  ivInputs: query('iv_inputs', ivInputs, (p: { expiryAt: string }) => [p.expiryAt]),
  ladderIvs: query('ladder_ivs', ladderIvs),
  ivSolved: query('iv_solved', ivSolved),
  ladder: query('ladder', ladder),
  ladderView: query('ladder_view', ladderView),
  dropScratch: query('drop_scratch', dropScratch),
  ivSeconds: query('iv_seconds', ivSeconds),
  eventRows: query('event_rows', eventRows),
  regimeRows: query('regime_rows', regimeRows),
  ladderColumns: query('ladder_columns', ladderColumns),
  eventRuns: query('event_runs', eventRuns, (p: { gapS: number; minDurationS: number }) => [p.gapS, p.minDurationS]),
  fearSeconds: query(
    'fear_seconds',
    fearSeconds,
    (p: { dIvMin: number; zSoft: number; zHard: number; lateFrom: string }) => [p.dIvMin, p.zSoft, p.zHard, p.lateFrom],
  ),
  fearRuns: query('fear_runs', fearRuns),
  fear: query('fear', fear),
  chopSeconds: query(
    'chop_seconds',
    chopSeconds,
    (p: { erMax: number; rangeZMax: number; vrMax: number; minObserved: number }) => [
      p.erMax,
      p.rangeZMax,
      p.vrMax,
      p.minObserved,
    ],
  ),
  chopRuns: query('chop_runs', chopRuns),
  chop: query('chop', chop),
  liquiditySides: query('liquidity_sides', liquiditySides, (p: { tick: number; first: number; last: number }) => [
    p.tick,
    p.first,
    p.last,
  ]),
  liquidityDepths: query('liquidity_depths', liquidityDepths),
  liquidityBases: query('liquidity_bases', liquidityBases),
  liquiditySeries: query(
    'liquidity_series',
    liquiditySeries,
    (p: { minBaseDepth5: number; minBaseQty: number; softRatio: number; hardRatio: number }) => [
      p.minBaseDepth5,
      p.minBaseQty,
      p.softRatio,
      p.hardRatio,
    ],
  ),
  ladderInstrumentCount: query('ladder_instrument_count', ladderInstrumentCount),
  liquidityFound: query('liquidity_found', liquidityFound, (p: { close: string; first: number; last: number }) => [
    p.close,
    p.first,
    p.last,
  ]),
  liquidityDepthRuns: query('liquidity_depth_runs', liquidityDepthRuns),
  liquidityPullRuns: query('liquidity_pull_runs', liquidityPullRuns),
  liquidityRuns: query('liquidity_runs', liquidityRuns, (p: { family: string }) => [p.family]),
  liquidity: query('liquidity', liquidity),
  regimeMinutes: query('regime_minutes', regimeMinutes),
  regimes: query('regimes', regimes),
  burstSeconds: query(
    'burst_seconds',
    burstSeconds,
    (p: { kHard: number; kSoft: number; rvFloor: number; minMove: number }) => [p.kHard, p.kSoft, p.rvFloor, p.minMove],
  ),
  burstSpans: query('burst_spans', burstSpans, (p: { mergeGapS: number; minDurationS: number }) => [
    p.mergeGapS,
    p.minDurationS,
  ]),
  bursts: query('bursts', bursts),
  features: query('features', features),
  featureColumns: query('feature_columns', featureColumns),
  burstRows: query('burst_rows', burstRows),
  burstColumns: query('burst_columns', burstColumns),
  dataQuality: query('data_quality', dataQuality),
  staleSpans: query('stale_spans', staleSpans, (p: { minAgeS: number }) => [p.minAgeS]),
  atmChanges: query('atm_changes', atmChanges),
  daySummary: query('day_summary', daySummary),
  spotRange: query('spot_range', spotRange),
  studyDays: query('study_days', studyDays),
  truthSeconds: query('truth_seconds', truthSeconds, (p: { bucketStarts: readonly string[]; tick: number }) => [
    p.bucketStarts.join(','),
    p.tick,
  ]),
  truthExposure: query('truth_exposure', truthExposure),
  truthSpreads: query('truth_spreads', truthSpreads),
  truthStraddleChanges: query('truth_straddle_changes', truthStraddleChanges),
  truthEvents: query('truth_events', truthEvents),
  truthPaths: query('truth_paths', truthPaths),
  studyDayRow: query('study_day_row', studyDayRow, (p: StudyDayRow) => [
    p.underlying,
    p.tradeDate,
    p.expiry,
    p.dteDays,
    p.dteBucket,
    p.strikeStep,
    p.seconds,
    p.spotObservedSeconds,
    p.bursts,
    p.burstsUp,
    p.burstsDown,
    p.maxAbsMoveBps,
    p.error,
  ]),
};
