// A day's ladder solved whole: each quote's IV, the forward and ATM IV per second, and the ATM
// IV's history (spec 10). Pure, so that the browser's worker and Node run the same code.
import { type IvHistory, ivHistory } from '../stats/ivHistory';
import { type LadderIvs, type LadderQuotes, solveLadder } from '../stats/ladderIv';

export type SolvedDay = LadderIvs & IvHistory;

export function solveDay(quotes: LadderQuotes, rowsPerSecond: number, madFloor: number): SolvedDay {
  const solved = solveLadder(quotes, rowsPerSecond);
  return { ...solved, ...ivHistory(solved.atmIv, madFloor) };
}
