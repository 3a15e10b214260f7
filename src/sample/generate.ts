import { RATE } from '../stats/black76';
import { buildMarket, clock, type Market, SESSION, SWEPT, THIN } from './marketPath';
import { atmVol, black76, smileVol } from './pricing';
import { hashString, mixSeed, Rng } from './random';

export interface DayRequest {
  underlying: string; // e.g. 'NIFTY', 'BANKNIFTY'
  tradeDate: string; // 'YYYY-MM-DD'
  expiries: string[]; // 'YYYY-MM-DD', ascending; first is the front expiry (may equal tradeDate: expiry day)
  spotOpen: number; // e.g. 25870
  strikeStep: number; // 50 NIFTY, 100 BANKNIFTY
  strikesEachSide: number; // strikes generated on each side of the opening ATM strike, per expiry (e.g. 10)
  seed: number;
  quoteRate: number; // mean option quote updates per instrument per second, e.g. 0.5 (1 = every second)
  // injected volatility bursts, at = 'HH:MM:SS'; book: 'thin' empties the side each option's
  // price moves towards for a minute before and during the burst (a vacuum), 'swept' has heavy
  // trades take that side's depth (a sweep); neither: the books stay as they are
  bursts: { at: string; seconds: number; direction: 'up' | 'down'; book?: 'thin' | 'swept' }[];
  feedGaps: { at: string; seconds: number }[]; // stretches with NO rows at all for any instrument
  chops?: { at: string; seconds: number }[]; // stretches where spot reverts each second to where it was
}

export interface TickColumns {
  underlying: string;
  length: number;
  timestampMs: Float64Array; // IST wall-clock time as ms since 1970-01-01 *as if it were UTC*
  expiryDay: Int32Array; // days since 1970-01-01
  optType: Uint8Array; // 0 = CE, 1 = PE
  strike: Float64Array;
  bidPrice: Float64Array[]; // 5 arrays: levels 0..4; 0 = empty level
  askPrice: Float64Array[]; // 5 arrays
  bidQty: Int32Array[]; // 5 arrays; 0 where the level is empty
  askQty: Int32Array[];
  bidOrders: Int32Array[];
  askOrders: Int32Array[];
  spotPrice: Float64Array;
  volDelta: Int32Array; // volume traded in this instrument since its previous row, >= 0
}

export { SESSION } from './marketPath';

const LEVELS = 5;
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
// Time value never vanishes entirely: expiry-day afternoon quotes keep a few rupees of premium.
const MIN_T = (5 * 60_000) / YEAR_MS;
const DUP_P = 0.005;
const DEPTH = [1, 1.16, 1.35, 1.57, 1.82]; // deeper levels rest a little more size

const dayNumber = (ymd: string): number => {
  const [y = 1970, m = 1, d = 1] = ymd.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
/** Prices are kept as whole 0.05 ticks and divided back, so they are the nearest double to the decimal. */
const px = (ticks: number): number => (ticks * 5) / 100;

interface Day {
  m: Market;
  dayMs: number;
  lot: number;
  baseIv: number;
  quoteRate: number;
  width: number; // strike distance that counts as "far": the generated wing
}

interface Option {
  expiryDay: number;
  opt: number;
  strike: number;
  liquidity: number;
}

/** First pass: when each row happens and what traded before it, in growable columns. */
class Schedule {
  length = 0;
  private readonly ms = new Int32Array(8);

  constructor(
    public ts: Float64Array,
    public vol: Int32Array,
  ) {}

  private push(ts: number, vol: number): void {
    if (this.length === this.ts.length) {
      const ts2 = new Float64Array(this.length * 2);
      const vol2 = new Int32Array(this.length * 2);
      ts2.set(this.ts);
      vol2.set(this.vol);
      [this.ts, this.vol] = [ts2, vol2];
    }
    this.ts[this.length] = ts;
    this.vol[this.length++] = vol;
  }

  add(day: Day, o: Option, rng: Rng): void {
    const { m, quoteRate, width, lot } = day;
    let trades = 0; // expected trades since the previous row
    for (let s = 0; s < m.spot.length; s++) {
      const d = (o.strike - (m.spot[s] ?? 0)) / width;
      const near = Math.exp(-6 * d * d);
      // Trades keep happening inside feed gaps; they show up in the first row after it.
      trades += 0.5 * o.liquidity * (near + 0.04) * (m.tradeMult[s] ?? 0);
      const p = quoteRate * (0.6 + 1.1 * near) * (m.quoteMult[s] ?? 0);
      let k = Math.floor(p);
      if (rng.next() < p - k) k++;
      if (k === 0) continue;
      k = Math.min(k, this.ms.length);
      for (let j = 0; j < k; j++) this.ms[j] = rng.int(0, 999);
      if (k > 1) this.ms.subarray(0, k).sort();
      for (let j = 0; j < k; j++) {
        const ts = day.dayMs + (m.start + s) * 1000 + (this.ms[j] ?? 0);
        const n = rng.poisson(trades);
        trades = 0;
        this.push(ts, (n + rng.poisson(2 * n)) * lot); // a trade is 1 + Poisson(2) lots
        // Same instrument, same millisecond: a second book update (the quoter changes its size).
        if (rng.chance(DUP_P)) this.push(ts, 0);
      }
    }
  }
}

/** Second pass: fills one option's book columns for its scheduled rows. */
class Quoter {
  private readonly lots = new Float64Array(2 * LEVELS).fill(8); // resting lots: bid levels, then ask
  private readonly expiryMs: number;
  private bias = 0; // quoting desk's offset from model value, in ticks
  private thinLeft = 0;
  private thinSide = 0; // 0 bid, 1 ask
  private swept = 0; // lots traded in this row that a sweep takes from its side

  constructor(
    private readonly day: Day,
    private readonly c: TickColumns,
    private readonly o: Option,
    private readonly rng: Rng,
  ) {
    this.expiryMs = o.expiryDay * DAY_MS + clock(SESSION.close) * 1000;
  }

  fill(from: number, to: number): void {
    const { c, o } = this;
    c.expiryDay.fill(o.expiryDay, from, to);
    c.optType.fill(o.opt, from, to);
    c.strike.fill(o.strike, from, to);
    for (let i = from; i < to; i++) {
      const ts = c.timestampMs[i] ?? 0;
      if (i > from && ts === c.timestampMs[i - 1]) this.again(i);
      else this.row(i, ts);
    }
  }

  /** A repeat at the same millisecond: the previous book with more size on the top bid. */
  private again(i: number): void {
    const c = this.c;
    c.spotPrice[i] = c.spotPrice[i - 1] ?? 0;
    for (const list of [c.bidPrice, c.askPrice, c.bidQty, c.askQty, c.bidOrders, c.askOrders]) {
      for (const a of list) a[i] = a[i - 1] ?? 0;
    }
    const qty = c.bidQty[0] as Int32Array;
    const orders = c.bidOrders[0] as Int32Array;
    qty[i] = (qty[i] ?? 0) + this.rng.int(1, 5) * this.day.lot;
    orders[i] = Math.min(40, (orders[i] ?? 0) + 1);
  }

  private row(i: number, ts: number): void {
    const { day, c, o, rng } = this;
    const m = day.m;
    const s = Math.floor((ts - day.dayMs) / 1000) - m.start;
    const spot = m.spot[s] ?? 0;
    const d = (o.strike - spot) / day.width;
    const t = Math.max((this.expiryMs - ts) / YEAR_MS, MIN_T);
    const f = spot * Math.exp(RATE * t);
    const atm = atmVol(day.baseIv, t * 365) + (m.ivShift[s] ?? 0);
    const fair = black76(o.opt === 0, f, o.strike, t, smileVol(atm, Math.log(o.strike / f), t), RATE);
    c.spotPrice[i] = spot;

    // Spread in ticks: wider far from the money, for pricier options, in bursts and outside the session.
    this.bias += -0.1 * this.bias + 0.3 * rng.normal();
    const wide = m.spreadMult[s] ?? 1;
    const base = 1 + Math.floor(Math.abs(d) * 2.5 + fair / 150 + 1.5 * rng.next());
    const spread = Math.max(1, Math.round(base * wide)) + (wide > 1.5 ? rng.int(0, 2) : 0);
    const bidTop = Math.max(1, Math.round(fair * 20 + this.bias - spread / 2));

    // the side a planted move eats: a CE's ask and a PE's bid when spot rises
    const eaten = (m.bookDir[s] ?? 0) > 0 === (o.opt === 0) ? 1 : 0;
    // books thin only where a burst plants it (a quiet day has no liquidity event): the levels
    // beyond the second empty and the first two keep a fifth of their size
    if (this.thinLeft > 0) this.thinLeft--;
    else if (m.bookPlan[s] === THIN && Math.abs(d) < 0.35) [this.thinLeft, this.thinSide] = [rng.int(20, 40), eaten];
    this.swept = m.bookPlan[s] === SWEPT ? (c.volDelta[i] ?? 0) / day.lot : 0;
    const typical = 4 + 25 * Math.exp(-6 * d * d);
    this.side(i, 0, bidTop, typical, eaten === 0);
    this.side(i, 1, bidTop + spread, typical, eaten === 1);
  }

  /** Writes one side's five levels, from `top` ticks outward in steps of 1–4 ticks. */
  private side(i: number, side: number, top: number, typical: number, eaten: boolean): void {
    const { c, rng } = this;
    const lot = this.day.lot;
    const thin = this.thinLeft > 0 && this.thinSide === side;
    const price = side === 0 ? c.bidPrice : c.askPrice;
    const qty = side === 0 ? c.bidQty : c.askQty;
    const orders = side === 0 ? c.bidOrders : c.askOrders;
    let t = top;
    for (let l = 0; l < LEVELS; l++) {
      // One 32-bit draw per level (this loop dominates): 8 bits step, 16 bits size noise, 8 bits orders.
      const r = rng.bits();
      const u = r & 0xff;
      // a cheap option's levels sit a tick apart, so that its bids fit above zero
      const step = top < 20 ? 1 : u < 141 ? 1 : u < 205 ? 2 : u < 236 ? 3 : 4;
      if (l > 0) t += (side === 0 ? -1 : 1) * step;
      // Resting size persists: it drifts back towards the level's typical depth by small steps (a
      // book drawn afresh at every quote makes thousands of spurious liquidity events a day). A
      // sweep takes the row's traded lots from the side it eats, level 0 first.
      const j = side * LEVELS + l;
      const x0 = this.lots[j] ?? 1;
      const drift = x0 + 0.05 * (typical * (DEPTH[l] ?? 1) - x0) + 0.08 * x0 * (((r >>> 8) & 0xffff) / 65536 - 0.5);
      const taken = eaten ? Math.min(this.swept, 0.9 * drift) : 0;
      this.swept -= taken;
      const x = Math.max(0.5, drift - taken);
      this.lots[j] = x;
      if (t < 1 || (thin && l >= 2)) continue; // empty level: columns stay 0
      const lots = Math.max(1, Math.round(thin ? 0.2 * x : x));
      (price[l] as Float64Array)[i] = px(t);
      (qty[l] as Int32Array)[i] = lots * lot;
      (orders[l] as Int32Array)[i] = Math.max(1, Math.min(lots, 40, Math.round(lots / (1.5 + (r >>> 24) / 100))));
    }
  }
}

function validate(req: DayRequest): void {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const dates = [req.tradeDate, ...req.expiries];
  const ordered = dates.every((e, i) => date.test(e) && (i < 2 ? e >= req.tradeDate : e > (dates[i - 1] ?? '')));
  if (req.expiries.length === 0 || !ordered) throw new RangeError('expiries must be ascending, on or after tradeDate');
  if (!(req.spotOpen > 0 && req.strikeStep > 0 && req.quoteRate > 0 && req.strikesEachSide >= 0)) {
    throw new RangeError('spotOpen, strikeStep and quoteRate must be > 0, strikesEachSide >= 0');
  }
}

/** One trading day of option quote snapshots, ordered by expiry, type, strike, time. */
export function generateDay(req: DayRequest): TickColumns {
  validate(req);
  const m = buildMarket(req);
  const day: Day = {
    m,
    dayMs: dayNumber(req.tradeDate) * DAY_MS,
    lot: req.underlying === 'NIFTY' ? 75 : 35,
    baseIv: req.underlying === 'NIFTY' ? 0.115 : 0.135,
    quoteRate: req.quoteRate,
    width: req.strikeStep * Math.max(1, req.strikesEachSide),
  };
  const atmStrike = Math.round(req.spotOpen / req.strikeStep) * req.strikeStep;
  const options: Option[] = [];
  req.expiries.forEach((expiry, e) => {
    const liquidity = e === 0 ? 1 : 0.35 / e; // later expiries trade much less
    for (let opt = 0; opt < 2; opt++) {
      for (let k = -req.strikesEachSide; k <= req.strikesEachSide; k++) {
        options.push({ expiryDay: dayNumber(expiry), opt, strike: atmStrike + k * req.strikeStep, liquidity });
      }
    }
  });

  // Two passes: timing first, so the book columns are allocated once at their exact length.
  const seedOf = (pass: number, i: number) => mixSeed(req.seed, hashString(req.underlying), pass, i);
  const cap = Math.ceil(options.length * m.spot.length * req.quoteRate * 1.1) + 1024;
  const sched = new Schedule(new Float64Array(cap), new Int32Array(cap));
  const bounds = [0];
  options.forEach((o, i) => {
    sched.add(day, o, new Rng(seedOf(2, i)));
    bounds.push(sched.length);
  });
  const n = sched.length;
  const f64 = () => new Float64Array(n);
  const i32 = () => new Int32Array(n);
  const levels = <T>(make: () => T): T[] => Array.from({ length: LEVELS }, make);
  const c: TickColumns = {
    underlying: req.underlying,
    length: n,
    timestampMs: sched.ts.slice(0, n),
    expiryDay: i32(),
    optType: new Uint8Array(n),
    strike: f64(),
    bidPrice: levels(f64),
    askPrice: levels(f64),
    bidQty: levels(i32),
    askQty: levels(i32),
    bidOrders: levels(i32),
    askOrders: levels(i32),
    spotPrice: f64(),
    volDelta: sched.vol.slice(0, n),
  };
  options.forEach((o, i) => {
    new Quoter(day, c, o, new Rng(seedOf(3, i))).fill(bounds[i] ?? 0, bounds[i + 1] ?? 0);
  });
  return c;
}
