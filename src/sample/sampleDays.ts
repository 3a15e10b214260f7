// The built-in sample: generated days with known bursts and gaps, written as shards the way
// real folders arrive. Many small shards also keep the browser fast: its in-memory files grow
// slower than linearly with size (a 15 MB shard took ~2 s to write, a 60 MB one ~25 s). The app's "Load sample day" button, the tests and the benchmark use it.
import type { Database } from '../db/database';
import { type DayRequest, generateDay } from './generate';
import { type ShardLayout, writeShards } from './shards';

export interface SampleDay {
  request: DayRequest;
  layout: ShardLayout;
  shards: number;
}

const NIFTY_EXPIRIES = ['2026-01-13', '2026-01-20'];

export const SAMPLE_DAYS: SampleDay[] = [
  {
    // Tuesday: NIFTY weekly expiry day (DTE 0)
    request: {
      underlying: 'NIFTY',
      tradeDate: '2026-01-13',
      expiries: NIFTY_EXPIRIES,
      spotOpen: 25870,
      strikeStep: 50,
      strikesEachSide: 10,
      seed: 20260113,
      quoteRate: 0.5,
      bursts: [
        { at: '10:02:15', seconds: 40, direction: 'down', book: 'thin' },
        { at: '11:47:00', seconds: 25, direction: 'up', book: 'swept' },
        { at: '14:05:30', seconds: 60, direction: 'down' },
      ],
      feedGaps: [{ at: '12:30:00', seconds: 45 }],
      chops: [{ at: '12:50:00', seconds: 1200 }],
    },
    layout: 'by-expiry-and-type',
    shards: 12,
  },
  {
    // Monday: the day before expiry (DTE 1)
    request: {
      underlying: 'NIFTY',
      tradeDate: '2026-01-12',
      expiries: NIFTY_EXPIRIES,
      spotOpen: 25790,
      strikeStep: 50,
      strikesEachSide: 10,
      seed: 20260112,
      quoteRate: 0.5,
      bursts: [{ at: '13:20:00', seconds: 35, direction: 'up', book: 'swept' }],
      feedGaps: [{ at: '10:40:00', seconds: 30 }],
    },
    layout: 'by-strike',
    shards: 10,
  },
  {
    request: {
      underlying: 'BANKNIFTY',
      tradeDate: '2026-01-13',
      expiries: ['2026-01-27'],
      spotOpen: 59450,
      strikeStep: 100,
      strikesEachSide: 10,
      seed: 5913,
      quoteRate: 0.5,
      bursts: [{ at: '10:02:20', seconds: 30, direction: 'down', book: 'thin' }],
      feedGaps: [],
    },
    layout: 'by-time',
    shards: 8,
  },
];

/**
 * Generates and writes the sample days; `pathOf` names shard i of a day (a folder layout on
 * disk, flat names in the browser's engine). Returns every path written.
 */
export async function writeSampleDays(
  db: Database,
  pathOf: (day: DayRequest, shard: number) => string,
  days: SampleDay[] = SAMPLE_DAYS,
  onDay: (done: number, total: number) => void = () => {},
): Promise<string[]> {
  const paths: string[] = [];
  for (const [i, day] of days.entries()) {
    onDay(i, days.length);
    const shardPaths = Array.from({ length: day.shards }, (_, shard) => pathOf(day.request, shard));
    paths.push(...(await writeShards(db, generateDay(day.request), day.layout, shardPaths)));
  }
  onDay(days.length, days.length);
  return paths;
}
