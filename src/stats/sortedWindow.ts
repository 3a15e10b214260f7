// Medians of sliding windows: a sorted array changed one value at a time (binary search, then a
// splice of at most the window's length). NaN is NULL: it is never added.

/** median of the values (spec 8-14: the mean of the two middle ones when even); NaN when none. */
export function median(sorted: ArrayLike<number>, from = 0, to = sorted.length): number {
  const m = to - from;
  if (m <= 0) return Number.NaN;
  const mid = from + (m >> 1);
  return m % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** An ascending multiset of numbers, changed one value at a time. */
export class SortedWindow {
  readonly values: number[] = [];
  private place(x: number): number {
    let [lo, hi] = [0, this.values.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.values[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  add(x: number): void {
    if (!Number.isNaN(x)) this.values.splice(this.place(x), 0, x);
  }
  remove(x: number): void {
    if (!Number.isNaN(x)) this.values.splice(this.place(x), 1);
  }
}

/**
 * For each row, the median of the `window` rows before it (not itself) in its group, or NaN when
 * fewer than `minCount` of them have a value: spec 9's base(ts), the median of rows ts-300..ts-1
 * with at least 60 values. A group's rows are consecutive and in time order.
 */
export function trailingMedians(
  values: Float64Array,
  groups: ArrayLike<number>,
  window: number,
  minCount: number,
): Float64Array {
  const out = new Float64Array(values.length);
  let past = new SortedWindow();
  let first = 0; // the group's first row
  for (let t = 0; t < values.length; t++) {
    if (t > 0 && groups[t] !== groups[t - 1]) {
      past = new SortedWindow();
      first = t;
    }
    out[t] = past.values.length >= minCount ? median(past.values) : Number.NaN;
    past.add(values[t] as number);
    if (t - window >= first) past.remove(values[t - window] as number);
  }
  return out;
}
