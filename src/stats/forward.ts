// One second of the strike ladder to the forward and the ATM implied volatility (spec 10), pure
// arithmetic over the ladder's rows. The IV of each row comes from black76.ts.
import { RATE } from './black76';

/** Spec 7's tick; prices are compared in whole ticks. */
export const TICK = 0.05;
/** Spec 10's default: a quote older than this many seconds gives no IV. */
export const IV_MAX_AGE_S = 60;

/** t(p) = round(p / tick), halves away from zero (spec 7). */
export function ticks(price: number, tick = TICK): number {
  const t = price / tick;
  return Math.sign(t) * Math.round(Math.abs(t));
}

/**
 * Spec 10's quote filter: a mid, not older than maxAge, at least two ticks, and a spread not over
 * both 3 ticks and 10% of the mid. NaN (NULL) anywhere makes the quote unusable.
 */
export function usableQuote(bid: number, ask: number, ageS: number, tick = TICK, maxAge = IV_MAX_AGE_S): boolean {
  if (!(bid <= ask) || !(ageS <= maxAge)) return false; // also false for NaN
  const tb = ticks(bid, tick);
  const ta = ticks(ask, tick);
  return tb + ta >= 4 && !(ta - tb > 3 && 20 * (ta - tb) > tb + ta);
}

/** One strike of the ladder at one second: k is its place from the ATM strike (-N..N). */
export interface LadderStrike {
  k: number;
  strike: number;
  ceMid: number;
  peMid: number;
  ceUsable: boolean;
  peUsable: boolean;
}

/**
 * F = K* + e^{rT}(C - P) at K*, the strike with both sides usable and the smallest |C - P|; ties
 * go to the smaller |k|, then the lower strike. NaN when no strike has both sides usable.
 */
export function forward(ladder: readonly LadderStrike[], years: number, r = RATE): number {
  let best: LadderStrike | undefined;
  for (const row of ladder) {
    if (!row.ceUsable || !row.peUsable) continue;
    if (best === undefined) {
      best = row;
      continue;
    }
    const [gap, bestGap] = [Math.abs(row.ceMid - row.peMid), Math.abs(best.ceMid - best.peMid)];
    const nearer =
      Math.abs(row.k) < Math.abs(best.k) || (Math.abs(row.k) === Math.abs(best.k) && row.strike < best.strike);
    if (gap < bestGap || (gap === bestGap && nearer)) best = row;
  }
  return best ? best.strike + Math.exp(r * years) * (best.ceMid - best.peMid) : Number.NaN;
}

/** iv_K: the mean of the CE and PE IVs at a strike, either one alone, NaN with neither. */
export function strikeIv(ceIv: number, peIv: number): number {
  if (Number.isNaN(ceIv)) return peIv;
  if (Number.isNaN(peIv)) return ceIv;
  return (ceIv + peIv) / 2;
}

/**
 * atm_iv: iv_K interpolated linearly at F between the adjacent ladder strikes K_lo <= F < K_hi,
 * both with an iv_K (iv_K itself when F is a strike); NaN otherwise. `strikes` ascend.
 */
export function atmIv(strikes: ArrayLike<number>, ivs: ArrayLike<number>, F: number): number {
  for (let i = 0; i < strikes.length; i++) {
    const lo = strikes[i] ?? Number.NaN;
    if (lo === F) return ivs[i] ?? Number.NaN;
    const hi = strikes[i + 1] ?? Number.NaN;
    if (lo < F && F < hi) {
      const [a, b] = [ivs[i] ?? Number.NaN, ivs[i + 1] ?? Number.NaN];
      return a + ((b - a) * (F - lo)) / (hi - lo); // NaN when either is
    }
  }
  return Number.NaN;
}
