// Solves a day's ladder IVs and the ATM IV's history off the main thread: typed columns in, typed
// columns out (transferred).
import type { LadderQuotes } from '../stats/ladderIv';
import { solveDay } from './solveDay';

self.onmessage = (event: MessageEvent<{ quotes: LadderQuotes; rowsPerSecond: number; madFloor: number }>) => {
  const { quotes, rowsPerSecond, madFloor } = event.data;
  const solved = solveDay(quotes, rowsPerSecond, madFloor);
  self.postMessage(solved, { transfer: Object.values(solved).map((column: Float64Array) => column.buffer) });
};
