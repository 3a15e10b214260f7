// Spec 10's IV history per second: iv_smooth (median of the last 5 ATM IVs), d_iv_60 and iv_z
// (against the median and MAD of d_iv_60 over rows t-1800..t-61). In TypeScript because DuckDB
// 0.9's windowed median and MAD gave wrong values on some frames (the sample day: 12 of 22,501
// iv_smooth and 210 iv_z, against a plain sort and against DuckDB 1.5). NaN is NULL throughout.
import { median, SortedWindow } from './sortedWindow';

/** MAD = median(|x - median|) of an ascending array: the deviations of the values below the
 * median grow leftwards and those above it rightwards, so the two runs merge in order. */
export function mad(sorted: ArrayLike<number>): number {
  const m = sorted.length;
  if (m === 0) return Number.NaN;
  const center = median(sorted);
  let right = 0;
  while (right < m && (sorted[right] as number) < center) right++;
  let left = right - 1;
  const next = (): number => {
    const below = left >= 0 ? center - (sorted[left] as number) : Number.POSITIVE_INFINITY;
    const above = right < m ? (sorted[right] as number) - center : Number.POSITIVE_INFINITY;
    if (below <= above) {
      left--;
      return below;
    }
    right++;
    return above;
  };
  let value = 0;
  for (let k = 0; k <= (m - 1) >> 1; k++) value = next();
  return m % 2 === 1 ? value : (value + next()) / 2;
}

export interface IvHistory {
  ivSmooth: Float64Array;
  dIv60: Float64Array;
  ivZ: Float64Array;
}

/** iv_smooth, d_iv_60 and iv_z of each grid second from its atm_iv (spec 10). */
export function ivHistory(atmIv: Float64Array, madFloor: number): IvHistory {
  const n = atmIv.length;
  const ivSmooth = new Float64Array(n).fill(Number.NaN);
  const recent = new SortedWindow();
  for (let t = 0; t < n; t++) {
    recent.add(atmIv[t] as number);
    if (t >= 5) recent.remove(atmIv[t - 5] as number);
    if (recent.values.length >= 3) ivSmooth[t] = median(recent.values);
  }
  const dIv60 = ivSmooth.map((x, t) => (t >= 60 ? x - (ivSmooth[t - 60] as number) : Number.NaN));
  const ivZ = new Float64Array(n).fill(Number.NaN);
  const past = new SortedWindow(); // d_iv_60 of rows t-1800..t-61
  for (let t = 0; t < n; t++) {
    if (t >= 61) past.add(dIv60[t - 61] as number);
    if (t >= 1801) past.remove(dIv60[t - 1801] as number);
    if (past.values.length >= 600) {
      const scale = 1.4826 * Math.max(mad(past.values), madFloor);
      ivZ[t] = ((dIv60[t] as number) - median(past.values)) / scale;
    }
  }
  return { ivSmooth, dIv60, ivZ };
}
