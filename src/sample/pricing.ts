// The sample's option prices: Black-76 (src/stats, as the IV solver prices) on a volatility smile.
export { black76, normCdf } from '../stats/black76';

/**
 * ATM implied vol by days to expiry: a flat base plus a bump that grows into expiry day, where
 * gamma risk makes sellers demand more.
 */
export function atmVol(base: number, daysToExpiry: number): number {
  return base + 0.035 * Math.exp(-Math.max(daysToExpiry, 0) / 1.5);
}

/**
 * Smile: quadratic in standardised moneyness m = ln(K/F) / (atm * sqrt(t)), with a negative slope
 * so lower strikes carry more vol (index put skew). t is floored at half a day so the expiry-day
 * smile does not explode as t goes to 0.
 */
export function smileVol(atm: number, logMoneyness: number, t: number): number {
  const width = atm * Math.sqrt(Math.max(t, 0.5 / 365));
  const m = Math.max(-5, Math.min(5, logMoneyness / width));
  const factor = 1 - 0.1 * m + 0.035 * m * m;
  return atm * Math.max(0.75, Math.min(2.5, factor));
}
