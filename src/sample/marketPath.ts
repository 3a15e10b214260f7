// The per-second market the generated day's quotes all follow: spot with volatility clustering,
// jumps and injected bursts, implied-vol shifts, quote and trade intensity, and feed gaps.
import type { DayRequest } from './generate';
import { hashString, mixSeed, Rng } from './random';

export const SESSION = { open: '09:15:00', close: '15:30:00' };
export const PRE_OPEN = '09:08:00';
export const POST_CLOSE_END = '15:35:00';

export const clock = (hms: string): number => {
  const [h = 0, m = 0, s = 0] = hms.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

/** Per-second market state shared by every instrument; index 0 is 09:08:00. */
export interface Market {
  start: number; // clock second of index 0
  spot: Float64Array;
  ivShift: Float64Array; // added to the ATM vol: spot-vol correlation, burst bumps, noise
  quoteMult: Float64Array; // quote intensity factor; 0 inside feed gaps
  tradeMult: Float64Array; // trade intensity factor; 0 outside the session
  spreadMult: Float64Array;
  bookPlan: Uint8Array; // what a planted burst does to the books: 0 nothing, THIN, SWEPT
  bookDir: Int8Array; // the planted burst's direction, where bookPlan is set
}

export const THIN = 1;
export const SWEPT = 2;

export function buildMarket(req: DayRequest): Market {
  const rng = new Rng(mixSeed(req.seed, hashString(req.underlying), 1));
  const start = clock(PRE_OPEN);
  const n = clock(POST_CLOSE_END) - start;
  const open = clock(SESSION.open) - start;
  const close = clock(SESSION.close) - start;
  const base = req.underlying === 'NIFTY' ? 1.8e-5 : 2.4e-5; // calm per-second log-return std
  const arr = () => new Float64Array(n);
  const m: Market = {
    start,
    spot: arr(),
    ivShift: arr(),
    quoteMult: arr(),
    tradeMult: arr(),
    spreadMult: arr(),
    bookPlan: new Uint8Array(n),
    bookDir: new Int8Array(n),
  };
  const burstMult = arr();
  const burstDir = new Int8Array(n);
  const ret = arr();
  // Bursts only move spot inside the session (pre-open and post-close spot is frozen).
  const windows = req.bursts.map((b) => {
    const from = Math.max(open, clock(b.at) - start);
    const to = Math.min(close, clock(b.at) - start + b.seconds);
    const sign = b.direction === 'up' ? 1 : -1;
    burstMult.fill(rng.uniform(6, 10), from, Math.max(from, to));
    burstDir.fill(sign, from, Math.max(from, to));
    // a vacuum forms a minute before its move; a sweep happens as it moves
    const planFrom = b.book === 'thin' ? Math.max(open, from - 60) : from;
    if (b.book) m.bookPlan.fill(b.book === 'thin' ? THIN : SWEPT, planFrom, Math.max(planFrom, to));
    if (b.book) m.bookDir.fill(sign, planFrom, Math.max(planFrom, to));
    return { from, to, target: sign * rng.uniform(0.0015, 0.003) };
  });

  // Log-vol is an AR(1) around 0 (half-life ~7 min): calm and busy stretches cluster.
  let h = 0;
  for (let s = open; s < close; s++) {
    h += -h / 600 + 0.02 * rng.normal();
    const season = 1 + 0.8 * Math.exp(-(s - open) / 900) + 0.35 * Math.max(0, 1 - (close - s) / 1800);
    const burst = burstMult[s] ?? 0;
    // In a burst, "normal" is the day's typical vol, so a burst in a quiet spell is still a burst.
    const sd = base * season * (burst ? burst * Math.max(1.15, Math.exp(h)) : Math.exp(h));
    ret[s] = sd * rng.normal() + (rng.chance(1 / 4000) ? 6 * base * rng.normal() : 0);
    m.tradeMult[s] = 0.4 + 0.6 * Math.min(sd / base, 15) * (m.bookPlan[s] === SWEPT ? 4 : 1);
    m.spreadMult[s] = burst ? 2 : 1 + 0.15 * Math.max(0, sd / base - 1.5);
    // A burst leaves vol elevated afterwards; it decays through the AR(1).
    if (burst && !burstMult[s + 1]) h = Math.log(2.2);
  }
  // Chop: each second's return pulls spot most of the way back to where the stretch began.
  for (const c of req.chops ?? []) {
    const from = Math.max(open, clock(c.at) - start);
    const to = Math.min(close, from + c.seconds);
    let offset = 0;
    for (let s = from; s < to; s++) {
      const step = -0.9 * offset + base * rng.normal();
      ret[s] = step;
      offset += step;
    }
  }
  // Drift each burst so its net move is exactly the drawn target, whatever the noise did.
  for (const w of windows) {
    let sum = 0;
    for (let s = w.from; s < w.to; s++) sum += ret[s] ?? 0;
    for (let s = w.from; s < w.to; s++) ret[s] = (ret[s] ?? 0) + (w.target - sum) / (w.to - w.from);
  }

  const logOpen = Math.log(req.spotOpen);
  let logS = logOpen;
  let bump = 0;
  let noise = 0;
  for (let s = 0; s < n; s++) {
    logS += ret[s] ?? 0;
    m.spot[s] = Math.round(Math.exp(logS) * 20) / 20;
    // Vol rises as spot falls; bursts bump it (more on the way down), decaying over ~15 min.
    const dir = burstDir[s] ?? 0;
    bump = dir ? bump + ((dir < 0 ? 0.012 : 0.005) - bump) * 0.05 : bump * Math.exp(-1 / 900);
    noise += -noise / 600 + 0.00005 * rng.normal();
    m.ivShift[s] = -0.8 * (logS - logOpen) + bump + noise;
    const session = s >= open && s < close;
    const rate = session ? 1 + 0.5 * Math.exp(-(s - open) / 600) : s < open ? 0.35 : 0.25;
    m.quoteMult[s] = rate * (dir ? 2.5 : 1);
    if (!session) m.spreadMult[s] = 2.2;
  }
  for (const g of req.feedGaps) {
    const from = Math.max(0, clock(g.at) - start);
    m.quoteMult.fill(0, from, Math.max(from, Math.min(n, from + g.seconds)));
  }
  return m;
}
