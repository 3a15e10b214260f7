// The event study of spec 14's truth tables: spot (bps from the event's start) and the ATM
// straddle around every event, aligned at its start from -60 s to +300 s, each event a line, and
// per second the median and the 25-75% band over the events there.
import { quantileSorted } from '../stats/resample';
import type { DayPaths } from './truthDay';

export const STUDY_FROM_S = -60;
export const STUDY_TO_S = 300;
const WIDTH = STUDY_TO_S - STUDY_FROM_S + 1;

export interface Band {
  median: Float64Array;
  q25: Float64Array;
  q75: Float64Array;
}

export interface EventStudy {
  /** Seconds from the start, -60 to 300. */
  offsets: Float64Array;
  /** Per event: spot in bps from its start, and the ATM straddle; NaN where unknown. */
  spotBps: Float64Array[];
  straddle: Float64Array[];
  spotBand: Band;
  straddleBand: Band;
}

/** Per offset the quartiles of the events' values there (NaN where none has one). */
function band(lines: readonly Float64Array[]): Band {
  const out = { median: new Float64Array(WIDTH), q25: new Float64Array(WIDTH), q75: new Float64Array(WIDTH) };
  const column = new Float64Array(lines.length);
  for (let k = 0; k < WIDTH; k++) {
    let n = 0;
    for (const line of lines) if (!Number.isNaN(line[k] as number)) column[n++] = line[k] as number;
    const values = column.subarray(0, n).sort();
    out.median[k] = quantileSorted(values, 0.5) ?? Number.NaN;
    out.q25[k] = quantileSorted(values, 0.25) ?? Number.NaN;
    out.q75[k] = quantileSorted(values, 0.75) ?? Number.NaN;
  }
  return out;
}

/** The study of events given by their day's paths and start (epoch seconds). */
export function eventStudy(events: readonly { paths: DayPaths; start: number }[]): EventStudy {
  const spotBps: Float64Array[] = [];
  const straddle: Float64Array[] = [];
  for (const { paths, start } of events) {
    const at = start - paths.open; // the start's grid row
    const spot0 = paths.spot[at] ?? Number.NaN;
    const s = new Float64Array(WIDTH).fill(Number.NaN);
    const x = new Float64Array(WIDTH).fill(Number.NaN);
    for (let k = 0; k < WIDTH; k++) {
      const row = at + STUDY_FROM_S + k;
      if (row < 0 || row >= paths.spot.length) continue;
      s[k] = 10_000 * ((paths.spot[row] as number) / spot0 - 1);
      x[k] = paths.straddle[row] as number;
    }
    spotBps.push(s);
    straddle.push(x);
  }
  const offsets = Float64Array.from({ length: WIDTH }, (_, k) => STUDY_FROM_S + k);
  return { offsets, spotBps, straddle, spotBand: band(spotBps), straddleBand: band(straddle) };
}
