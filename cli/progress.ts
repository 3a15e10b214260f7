/** One progress line: datasets done/total, rows per second, elapsed and estimated time left. */
export function progressLine(done: number, total: number, rows: number, elapsedS: number, last: string): string {
  const rate = elapsedS > 0 ? rows / elapsedS : 0;
  const eta = done > 0 ? (elapsedS / done) * (total - done) : 0;
  const name = last.length > 60 ? `${last.slice(0, 59)}…` : last; // one line, whatever a name holds
  return `[${done}/${total}] ${name} · ${(rate / 1e6).toFixed(2)}M rows/s · elapsed ${elapsedS.toFixed(1)} s · ETA ${eta.toFixed(1)} s`;
}
