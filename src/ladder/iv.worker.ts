// Solves a day's ladder IVs off the main thread: typed columns in, typed columns out (transferred).
import { type LadderQuotes, solveLadder } from '../stats/ladderIv';

self.onmessage = (event: MessageEvent<{ quotes: LadderQuotes; rowsPerSecond: number }>) => {
  const solved = solveLadder(event.data.quotes, event.data.rowsPerSecond);
  self.postMessage(solved, { transfer: [solved.iv.buffer, solved.forward.buffer, solved.atmIv.buffer] });
};
