const NUMERATOR = [
  3.52624965998911e-2, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931,
  220.206867912376,
];
const DENOMINATOR = [
  8.83883476483184e-2, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831,
  793.826512519948, 440.413735824752,
];

/** The polynomial with `coefficients` (highest power first) at z, by Horner's rule. */
function horner(coefficients: readonly number[], z: number): number {
  return coefficients.reduce((sum, c) => sum * z + c);
}

/**
 * Standard normal CDF, Hart (1968) as given by West, "Better approximations to cumulative normal
 * functions" (2005): absolute error ~1e-16 over the whole line (relative ~1e-8 only beyond |x| > 7).
 */
export function normCdf(x: number): number {
  const z = Math.abs(x);
  let c = 0;
  if (z <= 37) {
    const e = Math.exp(-0.5 * z * z);
    if (z < 7.07106781186547) {
      const n = horner(NUMERATOR, z);
      const d = horner(DENOMINATOR, z);
      c = (e * n) / d;
    } else {
      let b = z + 0.65;
      b = z + 4 / b;
      b = z + 3 / b;
      b = z + 2 / b;
      b = z + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/** Black-76 price of a European option on a forward f, discounted at rate r (t in years). */
export function black76(isCall: boolean, f: number, k: number, t: number, vol: number, r: number): number {
  const df = Math.exp(-r * t);
  if (t <= 0 || vol <= 0) return df * Math.max(isCall ? f - k : k - f, 0);
  const sd = vol * Math.sqrt(t);
  const d1 = (Math.log(f / k) + 0.5 * sd * sd) / sd;
  const d2 = d1 - sd;
  return isCall ? df * (f * normCdf(d1) - k * normCdf(d2)) : df * (k * normCdf(-d2) - f * normCdf(-d1));
}

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
