// The IVs of a day's strike ladder (spec 10): per second the forward from put-call parity, each
// usable quote's Black-76 IV at that forward, and the ATM IV interpolated at it. Plain loops
// over typed columns, so that it runs the same in a browser worker and in Node.
import { impliedVol } from './black76';
import { atmIv, forward, IV_MAX_AGE_S, type LadderStrike, strikeIv, TICK, usableQuote } from './forward';

/** The ladder's rows in its order (ts, k, opt_type): 2N+1 strikes x CE, PE per second. NaN is NULL. */
export interface LadderQuotes {
  k: Float64Array;
  /** 1 for a CE, 0 for a PE. */
  call: Float64Array;
  strike: Float64Array;
  bid: Float64Array;
  ask: Float64Array;
  mid: Float64Array;
  age_s: Float64Array;
  /** T: years from the second to the expiry instant. */
  years: Float64Array;
}

export interface LadderIvs {
  /** One per ladder row; NaN where spec 10 gives NULL. */
  iv: Float64Array;
  /** One per second. */
  forward: Float64Array;
  atmIv: Float64Array;
}

export interface IvSettings {
  tick: number;
  maxAgeS: number;
}
export const DEFAULT_IV_SETTINGS: IvSettings = { tick: TICK, maxAgeS: IV_MAX_AGE_S };

/** Solves the ladder second by second; each quote's solver starts from its own IV a second before. */
export function solveLadder(q: LadderQuotes, rowsPerSecond: number, settings = DEFAULT_IV_SETTINGS): LadderIvs {
  const rows = q.mid.length;
  const seconds = Math.floor(rows / rowsPerSecond);
  const strikes = rowsPerSecond / 2;
  const iv = new Float64Array(rows).fill(Number.NaN);
  const forwards = new Float64Array(seconds).fill(Number.NaN);
  const atm = new Float64Array(seconds).fill(Number.NaN);
  const last = new Float64Array(rowsPerSecond).fill(0.2);
  const ladder: LadderStrike[] = [];
  const strikeOf = new Float64Array(strikes);
  const ivOf = new Float64Array(strikes);
  const at = (column: Float64Array, i: number) => column[i] ?? Number.NaN;
  const usable = (i: number) =>
    usableQuote(at(q.bid, i), at(q.ask, i), at(q.age_s, i), settings.tick, settings.maxAgeS);

  for (let s = 0; s < seconds; s++) {
    const base = s * rowsPerSecond;
    ladder.length = 0;
    for (let j = 0; j < strikes; j++) {
      const [ce, pe] = [base + 2 * j, base + 2 * j + 1];
      ladder.push({
        k: at(q.k, ce),
        strike: at(q.strike, ce),
        ceMid: at(q.mid, ce),
        peMid: at(q.mid, pe),
        ceUsable: usable(ce),
        peUsable: usable(pe),
      });
    }
    const years = at(q.years, base);
    const F = forward(ladder, years);
    forwards[s] = F;
    if (Number.isNaN(F) || !(years > 0)) continue;
    for (let j = 0; j < strikes; j++) {
      const rung = ladder[j] as LadderStrike;
      const sides: [number, boolean][] = [
        [2 * j, rung.ceUsable],
        [2 * j + 1, rung.peUsable],
      ];
      for (const [r, ok] of sides) {
        if (!ok) continue;
        const value = impliedVol(at(q.call, base + r) === 1, at(q.mid, base + r), F, rung.strike, years, at(last, r));
        iv[base + r] = value;
        if (!Number.isNaN(value)) last[r] = value;
      }
      strikeOf[j] = rung.strike;
      ivOf[j] = strikeIv(at(iv, base + 2 * j), at(iv, base + 2 * j + 1));
    }
    atm[s] = atmIv(strikeOf, ivOf, F);
  }
  return { iv, forward: forwards, atmIv: atm };
}
