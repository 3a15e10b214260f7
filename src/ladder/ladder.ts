// The strike ladder (spec 8) and its implied volatilities (spec 10): the ladder's rows are built on
// the engine, the IVs solved in TypeScript (a worker in the browser) and handed back as Arrow, so
// that the event SQL and the exports read them like any other table.
import { tableFromArrays } from 'apache-arrow';
import type { Database } from '../db/database';
import { indices, toColumns } from '../pipeline/columns';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';
import type { LadderQuotes } from '../stats/ladderIv';
import { type SolvedDay, solveDay } from './solveDay';

/** Solves a day's ladder and the ATM IV's history; the browser passes one that runs in a worker. */
export type IvSolver = (quotes: LadderQuotes, rowsPerSecond: number, madFloor: number) => Promise<SolvedDay>;
export const solveInThread: IvSolver = async (quotes, rowsPerSecond, madFloor) =>
  solveDay(quotes, rowsPerSecond, madFloor);

export interface LadderSettings {
  /** Strikes each side of the ATM strike (spec 8's N). */
  ladderN: number;
  /** 'HH:MM:SS' IST on the expiry date: where T reaches 0 (spec 10). */
  expiryTime: string;
  madFloor: number;
}
export const DEFAULT_LADDER: LadderSettings = { ladderN: 5, expiryTime: '15:30:00', madFloor: 0.001 };

/** The widest ladder: ladder_rows.sql's rungs reach 100 steps, and each strike costs a band of option rows. */
export const MAX_LADDER_N = 20;

/** Why `value` cannot be the ladder's N, or undefined when it can. */
export function ladderNError(value: unknown): string | undefined {
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LADDER_N;
  return ok
    ? undefined
    : `the ladder's N must be a whole number from 1 to ${MAX_LADDER_N}, not ${JSON.stringify(value)}`;
}

/**
 * Builds tables ladder and iv_seconds from option_seconds and spot_grid, and ladder_instruments and
 * instrument_states, which the liquidity series read too. `meanwhile` runs on the engine while the
 * IVs are solved (in a worker in the browser, so that the two overlap): it may read
 * instrument_states, but not the scans' tables, dropped by then.
 */
export async function buildLadder(
  db: Database,
  expiry: string,
  settings: LadderSettings,
  solve: IvSolver = solveInThread,
  meanwhile: () => Promise<void> = async () => {},
): Promise<void> {
  await runQuery(db, queries.ladderInstruments, settings);
  await runQuery(db, queries.instrumentStates, undefined);
  await runQuery(db, queries.dropScans, undefined);
  await runQuery(db, queries.ladderRows, settings);
  const quotes = toColumns(await runQuery(db, queries.ivInputs, { expiryAt: `${expiry} ${settings.expiryTime}` }));
  const solving = solve(quotes as unknown as LadderQuotes, 2 * (2 * settings.ladderN + 1), settings.madFloor);
  solving.catch(() => {}); // its failure is thrown below, once the engine's work is done
  await meanwhile();
  const solved = await solving;
  await runQuery(db, queries.ladderIvs, undefined);
  await db.insertArrow('ladder_ivs', tableFromArrays({ iv: solved.iv }), true);
  await runQuery(db, queries.ivSolved, undefined);
  const seconds = tableFromArrays({
    second: indices(solved.forward.length),
    forward: solved.forward,
    atm_iv: solved.atmIv,
    iv_smooth: solved.ivSmooth,
    d_iv_60: solved.dIv60,
    iv_z: solved.ivZ,
  });
  await db.insertArrow('iv_solved', seconds, true);
  await runQuery(db, queries.ladder, undefined);
  await runQuery(db, queries.ladderView, undefined);
  await runQuery(db, queries.ivSeconds, undefined);
  await runQuery(db, queries.dropScratch, undefined);
}
