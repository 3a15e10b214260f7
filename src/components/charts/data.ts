// Feature columns to uPlot series, once per result (never per frame). uPlot breaks a line at null,
// not at NaN, so NULLs (NaN in the columns) become null here.
import type { Columns } from '../../pipeline/columns';
import type { Span } from './overlays';

export type Nullable = (number | null)[];

/** Unobserved stretches this long are holes in the data even on a polled day (hatched there too). */
export const HOLE_S = 300;

/** A feature column; a missing one reads as all-NULL rather than failing the chart. */
export function column(features: Columns, name: string): Float64Array {
  const time = features.time ?? new Float64Array(0);
  return features[name] ?? new Float64Array(time.length).fill(Number.NaN);
}

export function nullable(values: Float64Array): Nullable {
  return Array.from(values, (v) => (Number.isNaN(v) ? null : v));
}

/** Splits spot into its observed line and the carried-forward value inside stale spans, the latter
 * extended by one second each side so the two lines join. */
export function splitStale(time: Float64Array, spot: Float64Array, stale: Span[]): [Nullable, Nullable] {
  const fresh = nullable(spot);
  const carried: Nullable = new Array(fresh.length).fill(null);
  const t0 = time[0];
  if (t0 === undefined) return [fresh, carried];
  const last = fresh.length - 1;
  for (const span of stale) {
    const from = Math.max(0, Math.round(span.start - t0));
    const to = Math.min(last, Math.round(span.end - t0));
    if (from > to) continue;
    for (let i = Math.max(0, from - 1); i <= Math.min(last, to + 1); i++) carried[i] = fresh[i] ?? null;
    for (let i = from; i <= to; i++) fresh[i] = null;
  }
  return [fresh, carried];
}

/**
 * The series with a gap (null) at every second whose ATM strike differs from the second before:
 * the lines then quote one strike each and are never joined across a switch.
 */
export function gapAtSwitches(atmStrike: Float64Array, series: readonly Float64Array[]): Nullable[] {
  const out = series.map(nullable);
  for (let i = 1; i < atmStrike.length; i++) {
    const [before, now] = [atmStrike[i - 1], atmStrike[i]];
    if (now !== before && !(Number.isNaN(now) && Number.isNaN(before))) for (const s of out) s[i] = null;
  }
  return out;
}

/** ce_mid + pe_mid, the ATM straddle (NaN where either is). */
export function straddle(ceMid: Float64Array, peMid: Float64Array): Float64Array {
  return ceMid.map((ce, i) => ce + (peMid[i] ?? Number.NaN));
}

/** A series' value only at the seconds it was observed (a dot per poll on a sparse day), else null. */
export function polls(values: readonly (number | null)[], observed: Float64Array): Nullable {
  return values.map((v, i) => (observed[i] === 1 ? v : null));
}
