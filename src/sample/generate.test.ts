import { beforeAll, describe, expect, it } from 'vitest';
import { type DayRequest, generateDay, type TickColumns } from './generate';
import { black76, normCdf } from './pricing';
import { Rng } from './random';

const REQ: DayRequest = {
  underlying: 'NIFTY',
  tradeDate: '2025-11-20',
  expiries: ['2025-11-20', '2025-11-27'], // front expiry is the trade date: expiry day
  spotOpen: 25870,
  strikeStep: 50,
  strikesEachSide: 10,
  seed: 42,
  quoteRate: 0.5,
  bursts: [
    { at: '11:30:00', seconds: 60, direction: 'down', book: 'thin' },
    { at: '14:05:00', seconds: 90, direction: 'up' },
  ],
  feedGaps: [{ at: '12:40:00', seconds: 45 }],
};

const DAY_MS = Date.UTC(2025, 10, 20);
const at = (hms: string): number => {
  const [h = 0, m = 0, s = 0] = hms.split(':').map(Number);
  return DAY_MS + (h * 3600 + m * 60 + s) * 1000;
};
const num = (a: ArrayLike<number>, i: number): number => a[i] ?? Number.NaN;

function columns(c: TickColumns): ArrayLike<number>[] {
  const levels = [c.bidPrice, c.askPrice, c.bidQty, c.askQty, c.bidOrders, c.askOrders].flat();
  return [c.timestampMs, c.expiryDay, c.optType, c.strike, c.spotPrice, c.volDelta, ...levels];
}

function identical(a: TickColumns, b: TickColumns): boolean {
  if (a.length !== b.length) return false;
  const ca = columns(a);
  const cb = columns(b);
  return ca.every((col, k) => {
    const other = cb[k] as ArrayLike<number>;
    if (col.length !== other.length) return false;
    for (let i = 0; i < col.length; i++) if (!Object.is(col[i], other[i])) return false;
    return true;
  });
}

/** Spot per second from 09:08:00, NaN where no row carries it. */
function spotBySecond(c: TickColumns): Float64Array {
  const spot = new Float64Array((at('15:35:00') - at('09:08:00')) / 1000).fill(Number.NaN);
  for (let i = 0; i < c.length; i++)
    spot[Math.floor((num(c.timestampMs, i) - at('09:08:00')) / 1000)] = num(c.spotPrice, i);
  return spot;
}
const secondOf = (hms: string): number => (at(hms) - at('09:08:00')) / 1000;

function std(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}
const returns = (spot: Float64Array, from: number, to: number): number[] => {
  const out: number[] = [];
  for (let s = from; s < to; s++) {
    const r = Math.log(num(spot, s) / num(spot, s - 1));
    if (Number.isFinite(r)) out.push(r);
  }
  return out;
};

describe('pricing', () => {
  it('normCdf matches reference values to double precision', () => {
    // Reference: 0.5 * erfc(-x / sqrt(2)) in double precision.
    const ref: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145707],
      [-2, 0.02275013194817922],
      [-3, 0.0013498980316300957],
      [-6, 9.865876450377012e-10],
      [-8, 6.220960574271819e-16],
    ];
    for (const [x, p] of ref) {
      expect(Math.abs(normCdf(x) - p)).toBeLessThan(1e-15);
      expect(Math.abs(normCdf(-x) - (1 - p))).toBeLessThan(1e-15);
      expect(Math.abs(normCdf(x) / p - 1)).toBeLessThan(1e-7);
    }
  });

  it('black76 satisfies put-call parity', () => {
    const [f, k, t, v, r] = [25900, 26000, 5 / 365, 0.14, 0.065];
    const parity = black76(true, f, k, t, v, r) - black76(false, f, k, t, v, r);
    expect(parity).toBeCloseTo(Math.exp(-r * t) * (f - k), 8);
  });
});

describe('Rng', () => {
  it('is seeded, uniform-ish and normal-ish', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const xs = Array.from({ length: 20000 }, () => a.normal());
    expect(xs.every((x) => x === b.normal())).toBe(true);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length)).toBeLessThan(0.05);
    expect(Math.abs(std(xs) - 1)).toBeLessThan(0.05);
  });
});

describe('generateDay', () => {
  let day: TickColumns;
  let spot: Float64Array;
  beforeAll(() => {
    day = generateDay(REQ);
    spot = spotBySecond(day);
  });

  it('is deterministic and seed-dependent', () => {
    expect(day.length).toBeGreaterThan(500_000);
    expect(identical(day, generateDay(REQ))).toBe(true);
    expect(identical(day, generateDay({ ...REQ, seed: 43 }))).toBe(false);
  });

  it('orders rows by expiry, type, strike, timestamp', () => {
    let bad = 0;
    for (let i = 1; i < day.length; i++) {
      const keys = [day.expiryDay, day.optType, day.strike, day.timestampMs];
      for (const k of keys) {
        const d = num(k, i) - num(k, i - 1);
        if (d < 0) bad++;
        if (d !== 0) break;
      }
    }
    expect(bad).toBe(0);
    expect(new Set(day.strike).size).toBe(21);
    expect(new Set(day.expiryDay).size).toBe(2);
  });

  it('quotes a sane book', () => {
    let crossed = 0;
    let offTick = 0;
    let quoted = 0;
    let thinAsk = 0;
    const prices = [...day.bidPrice, ...day.askPrice, day.spotPrice];
    const sizes = [...day.bidQty, ...day.askQty];
    for (let i = 0; i < day.length; i++) {
      const bid = num(day.bidPrice[0] ?? [], i);
      const ask = num(day.askPrice[0] ?? [], i);
      if (bid > 0 && ask > 0) quoted++;
      if (bid > 0 && ask > 0 && bid >= ask) crossed++;
      // Ask prices never run out of room, so an empty ask level can only come from thinning.
      if (num(day.askPrice[3] ?? [], i) === 0 && num(day.askQty[3] ?? [], i) === 0) thinAsk++;
      for (const p of prices) {
        const x = num(p, i) / 0.05;
        if (Math.abs(x - Math.round(x)) * 0.05 > 1e-9) offTick++;
      }
      for (const q of sizes) if (num(q, i) % 75 !== 0) offTick++;
      for (let l = 0; l < 5; l++) {
        const empty = num(day.bidPrice[l] ?? [], i) === 0;
        if (empty !== (num(day.bidQty[l] ?? [], i) === 0)) offTick++;
      }
    }
    expect(quoted).toBeGreaterThan(0.99 * day.length);
    expect(crossed).toBe(0);
    expect(offTick).toBe(0);
    // thinning is planted (before the 11:30 burst) or rare
    expect(thinAsk).toBeGreaterThan(0.0002 * day.length);
    expect(thinAsk).toBeLessThan(0.02 * day.length);
  });

  it('keeps each book level from quote to quote, as a real book does', () => {
    // consecutive quotes of one instrument: the level-0 bid size moves by a few percent, not anew
    const changes: number[] = [];
    for (let i = 1; i < day.length; i++) {
      const same = day.strike[i] === day.strike[i - 1] && day.optType[i] === day.optType[i - 1];
      const [a, b] = [num(day.bidQty[0] ?? [], i - 1), num(day.bidQty[0] ?? [], i)];
      if (same && a > 0 && b > 0) changes.push(Math.abs(b / a - 1));
    }
    changes.sort((x, y) => x - y);
    expect(changes[Math.floor(changes.length / 2)]).toBeLessThan(0.05);
  });

  it('has non-negative volume that rises in bursts', () => {
    let negative = 0;
    let traded = 0;
    for (let i = 0; i < day.length; i++) {
      if (num(day.volDelta, i) < 0) negative++;
      if (num(day.volDelta, i) > 0) traded++;
    }
    expect(negative).toBe(0);
    expect(traded).toBeGreaterThan(0.1 * day.length);
    const volumeIn = (from: string, to: string): number => {
      let v = 0;
      for (let i = 0; i < day.length; i++) {
        const t = num(day.timestampMs, i);
        if (t >= at(from) && t < at(to)) v += num(day.volDelta, i);
      }
      return v / ((at(to) - at(from)) / 1000);
    };
    expect(volumeIn('11:30:00', '11:31:00')).toBeGreaterThan(2 * volumeIn('11:00:00', '11:20:00'));
  });

  it('spans pre-open to post-close with ms jitter and a silent feed gap', () => {
    let pre = 0;
    let post = 0;
    let inGap = 0;
    let jittered = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < day.length; i++) {
      const t = num(day.timestampMs, i);
      min = Math.min(min, t);
      max = Math.max(max, t);
      if (t < at('09:15:00')) pre++;
      if (t >= at('15:30:00')) post++;
      if (t >= at('12:40:00') && t < at('12:40:45')) inGap++;
      if (t % 1000 !== 0) jittered++;
    }
    expect(min).toBeGreaterThanOrEqual(at('09:08:00'));
    expect(max).toBeLessThan(at('15:35:00'));
    expect(pre).toBeGreaterThan(0);
    expect(post).toBeGreaterThan(0);
    expect(inGap).toBe(0);
    expect(Number.isFinite(num(spot, secondOf('12:39:59')))).toBe(true);
    expect(Number.isFinite(num(spot, secondOf('12:40:45')))).toBe(true);
    expect(jittered).toBeGreaterThan(0.9 * day.length);
  });

  it('has a few same-instrument duplicate timestamps', () => {
    let dups = 0;
    for (let i = 1; i < day.length; i++) {
      const same = [day.timestampMs, day.strike, day.optType, day.expiryDay].every((k) => num(k, i) === num(k, i - 1));
      if (same) dups++;
    }
    expect(dups).toBeGreaterThan(0.001 * day.length);
    expect(dups).toBeLessThan(0.02 * day.length);
  });

  it('has realistic calm vol and clearly stronger, directional bursts', () => {
    const open = secondOf('09:15:00');
    const close = secondOf('15:30:00');
    const minuteStd: number[] = [];
    for (let s = open + 1; s + 60 <= close; s += 60) minuteStd.push(std(returns(spot, s, s + 60)));
    minuteStd.sort((a, b) => a - b);
    const median = minuteStd[Math.floor(minuteStd.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(0.8e-5);
    expect(median).toBeLessThan(4e-5);
    for (const b of REQ.bursts) {
      const from = secondOf(b.at);
      const to = from + b.seconds;
      expect(std(returns(spot, from, to))).toBeGreaterThan(4 * median);
      const move = num(spot, to - 1) - num(spot, from - 1);
      expect(Math.sign(move)).toBe(b.direction === 'up' ? 1 : -1);
    }
  });
});
