// The strike ladder (spec 8) and its implied volatilities (spec 10): the ladder's rows are built on
// the engine, the IVs solved in TypeScript (a worker in the browser) and handed back as Arrow, so
// that the event SQL and the exports read them like any other table.
import { tableFromArrays } from 'apache-arrow';
import type { Database } from '../db/database';
import { toColumns } from '../pipeline/columns';
import { runQuery } from '../pipeline/runQuery';
import { queries } from '../sql';
import { type LadderIvs, type LadderQuotes, solveLadder } from '../stats/ladderIv';

/** Solves a day's ladder; the browser passes one that runs in a worker. */
export type IvSolver = (quotes: LadderQuotes, rowsPerSecond: number) => Promise<LadderIvs>;
export const solveInThread: IvSolver = async (quotes, rowsPerSecond) => solveLadder(quotes, rowsPerSecond);

export interface LadderSettings {
  /** Strikes each side of the ATM strike (spec 8's N). */
  ladderN: number;
  /** 'HH:MM:SS' IST on the expiry date: where T reaches 0 (spec 10). */
  expiryTime: string;
  madFloor: number;
}
export const DEFAULT_LADDER: LadderSettings = { ladderN: 5, expiryTime: '15:30:00', madFloor: 0.001 };

/** Builds tables ladder and iv_seconds from option_seconds and spot_grid. */
export async function buildLadder(
  db: Database,
  expiry: string,
  settings: LadderSettings,
  solve: IvSolver = solveInThread,
): Promise<void> {
  await runQuery(db, queries.ladderRows, settings);
  const quotes = toColumns(await runQuery(db, queries.ivInputs, { expiryAt: `${expiry} ${settings.expiryTime}` }));
  const solved = await solve(quotes as unknown as LadderQuotes, 2 * (2 * settings.ladderN + 1));
  await runQuery(db, queries.ladderIvs, undefined);
  await db.insertArrow('ladder_ivs', tableFromArrays({ i: indices(solved.iv.length), iv: solved.iv }), true);
  await runQuery(db, queries.ivSolved, undefined);
  const seconds = tableFromArrays({
    second: indices(solved.forward.length),
    forward: solved.forward,
    atm_iv: solved.atmIv,
  });
  await db.insertArrow('iv_solved', seconds, true);
  await runQuery(db, queries.ladder, undefined);
  await runQuery(db, queries.ladderView, undefined);
  await runQuery(db, queries.ivSeconds, settings);
}

function indices(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = i;
  return out;
}
