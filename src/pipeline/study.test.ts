// All days at once, one day per engine: each day's summary must be what the screen's own
// computation of that day gives, counted here in JS; a day that fails is named, the others go on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { studyDaysFileName, writeStudyDays } from '../export/exportTable';
import { SAMPLE_DAYS, writeSampleDays } from '../sample/sampleDays';
import { writeTickFile } from '../sample/tickRows';
import { queries } from '../sql';
import { defaultOptions, loadPaths, session, shardPath, tempFolder, testDatabase } from '../test/kit';
import { DEFAULT_TRUTH_SETTINGS, truthDay } from '../truth/truthDay';
import { toRows } from './columns';
import { computeDataset, type DatasetResult } from './compute';
import type { Dataset } from './datasets';
import type { Loaded } from './load';
import { runQuery } from './runQuery';
import { type DayFigures, type DaySummary, studyDays } from './study';

let one: Database;
let engines: Database[];
let loaded: Loaded;

beforeAll(async () => {
  one = await testDatabase();
  engines = [one, await openNodeDatabase()];
  const dir = tempFolder();
  const paths = await writeSampleDays(
    one,
    (day, shard) => shardPath(dir, `part-${shard}.parquet`, day.underlying, day.tradeDate),
    SAMPLE_DAYS,
  );
  // a day whose only expiry is already past: it cannot be computed
  const expired = shardPath(dir, 'expired.parquet', 'NIFTY', '2026-01-14');
  await writeTickFile(one, expired, [{ date: '2026-01-14', time: '09:20:00', spot: 25900, expiry: '2026-01-13' }]);
  loaded = await loadPaths(one, [...paths, expired]);
}, 240_000);

/** The summary's figures counted from the screen's result of the day. */
function countedFrom(result: DatasetResult): DayFigures {
  const observed = result.features.spot_observed ?? new Float64Array();
  const moves = result.bursts.map((b) => Math.abs(Number(b.move_bps)));
  return {
    info: result.info,
    seconds: result.features.time?.length ?? 0,
    spotObservedSeconds: observed.filter((v) => v === 1).length,
    bursts: result.bursts.length,
    burstsUp: result.bursts.filter((b) => b.direction === 'up').length,
    burstsDown: result.bursts.filter((b) => b.direction === 'down').length,
    maxAbsMoveBps: moves.length > 0 ? Math.max(...moves) : null,
    unreadable: result.unreadable,
  };
}

/** The summaries of all loaded days, in the order they finished, on a new connection to each engine. */
async function study(cancelled?: (done: DaySummary[]) => boolean): Promise<DaySummary[]> {
  const done: DaySummary[] = [];
  const stop = cancelled && (() => cancelled(done));
  const connections = await Promise.all(engines.map((engine) => engine.connect()));
  await studyDays(
    connections,
    loaded.datasets,
    loaded.files,
    () => defaultOptions,
    (s) => done.push(s),
    stop,
  );
  await Promise.all(connections.map((c) => c.close()));
  return done;
}

function dataset(key: string): Dataset {
  const found = loaded.datasets.find((d) => d.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

describe('studyDays', () => {
  it('summarizes every day on two engines as the screen computes it, and names the day that fails', async () => {
    // the screen's day, on the first engine's own connection, must outlive the study
    const shown = await computeDataset(one, dataset('NIFTY/2026-01-12'), loaded.files, defaultOptions);
    const summaries = await study();
    expect(toRows(await runQuery(one, queries.burstRows, undefined))).toEqual(shown.bursts);
    expect(summaries.map((s) => s.key).sort()).toEqual(loaded.datasets.map((d) => d.key).sort());
    expect(loaded.datasets).toHaveLength(SAMPLE_DAYS.length + 1);

    const failed = summaries.find((s) => s.key === 'NIFTY/2026-01-14');
    expect(failed).toEqual({
      key: 'NIFTY/2026-01-14',
      underlying: 'NIFTY',
      tradeDate: '2026-01-14',
      ok: false,
      error: 'no option expiry on or after the trade date',
    });
    for (const day of SAMPLE_DAYS) {
      const key = `${day.request.underlying}/${day.request.tradeDate}`;
      const result = await computeDataset(one, dataset(key), loaded.files, defaultOptions);
      const summary = summaries.find((s) => s.key === key);
      const { underlying, tradeDate } = day.request;
      // the compact results for the truth tables too, as read from the screen's engine
      const truth = await truthDay(one, DEFAULT_TRUTH_SETTINGS(session));
      expect(truth.exposure.length).toBeGreaterThan(13);
      expect(summary).toEqual({ key, underlying, tradeDate, ok: true, figures: countedFrom(result), truth });
      if (!summary?.ok) continue;
      // 09:15:00 to 15:30:00 inclusive; the generator injects these bursts, and a feed gap is unobserved
      expect(summary.figures.seconds).toBe(22_501);
      expect(summary.figures.bursts).toBeGreaterThanOrEqual(day.request.bursts.length);
      const gap = day.request.feedGaps.reduce((sum, g) => sum + g.seconds, 0);
      expect(summary.figures.spotObservedSeconds).toBeLessThanOrEqual(22_501 - gap);
    }
  }, 240_000);

  it('exports the days as CSV, one row each by underlying and date, a failed day with its reason', async () => {
    const summaries = await study();
    const out = join(tempFolder(), studyDaysFileName(summaries));
    expect(out.endsWith('days_2026-01-12_2026-01-14.csv')).toBe(true);
    await writeStudyDays(one, summaries, out);
    const [header, ...lines] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe(
      'underlying,trade_date,expiry,dte_days,dte_bucket,strike_step,seconds,spot_observed_seconds,bursts,bursts_up,bursts_down,max_abs_move_bps,error',
    );
    const expected = [...summaries]
      .sort((a, b) => a.underlying.localeCompare(b.underlying) || a.tradeDate.localeCompare(b.tradeDate))
      .map((s) => {
        if (!s.ok) return `${s.underlying},${s.tradeDate},,,,,,,,,,,${s.error}`;
        const { info, ...f } = s.figures;
        const figures = [f.seconds, f.spotObservedSeconds, f.bursts, f.burstsUp, f.burstsDown, f.maxAbsMoveBps];
        return [
          s.underlying,
          s.tradeDate,
          info.expiry,
          info.dteDays,
          info.dteBucket,
          `${info.strikeStep}.0`,
          ...figures,
          '',
        ].join(',');
      });
    expect(lines).toEqual(expected);
  }, 120_000);

  it('stops taking days once cancelled', async () => {
    const summaries = await study((done) => done.length > 0);
    // the other engine finishes the day it had started, and it is not reported
    expect(summaries).toHaveLength(1);
  }, 120_000);
});
