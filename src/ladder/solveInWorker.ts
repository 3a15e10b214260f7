// The browser's IV solver: one worker per day's ladder, so that the screen stays live while it runs.
import type { LadderQuotes } from '../stats/ladderIv';
import ivWorker from './iv.worker.ts?worker&url';
import type { SolvedDay } from './solveDay';

export function solveInWorker(quotes: LadderQuotes, rowsPerSecond: number, madFloor: number): Promise<SolvedDay> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(ivWorker, { type: 'module' });
    worker.onmessage = (event: MessageEvent<SolvedDay>) => {
      worker.terminate();
      // in the browser's performance timeline beside the queries' (DevTools, the benchmark)
      performance.measure('iv solve (worker)', { start });
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the IV solver failed: ${event.message}`));
    };
    const buffers = Object.values(quotes).map((column: Float64Array) => column.buffer);
    worker.postMessage({ quotes, rowsPerSecond, madFloor }, buffers);
  });
}
