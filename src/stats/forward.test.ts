import { describe, expect, it } from 'vitest';
import { black76, impliedVol, RATE } from './black76';
import { atmIv, forward, type LadderStrike, strikeIv, ticks, usableQuote } from './forward';

const YEAR_S = 31_536_000;

describe('the quote filter', () => {
  it('counts whole ticks, halves away from zero', () => {
    expect([ticks(0.125), ticks(-0.125), ticks(10.2), ticks(0.1)]).toEqual([3, -3, 204, 2]);
  });

  it('takes a quote of at least two ticks, fresh enough, with a spread within 3 ticks or 10% of the mid', () => {
    expect(usableQuote(0.1, 0.1, 0)).toBe(true); // 2 + 2 ticks
    expect(usableQuote(0.05, 0.1, 0)).toBe(false); // 1 + 2 ticks: under two ticks of mid
    expect(usableQuote(10, 10.2, 0)).toBe(true); // 4 ticks wide, but under 10% of the mid
    expect(usableQuote(1, 1.25, 0)).toBe(false); // 5 ticks and over 10% of the mid
    expect(usableQuote(1, 1.15, 0)).toBe(true); // 3 ticks: never too wide
    expect(usableQuote(10, 10.2, 60)).toBe(true);
    expect(usableQuote(10, 10.2, 61)).toBe(false); // older than iv_max_age_s
    expect(usableQuote(10.2, 10, 0)).toBe(false); // crossed: no mid
    expect(usableQuote(Number.NaN, 10, 0)).toBe(false);
    expect(usableQuote(10, 10.2, Number.NaN)).toBe(false);
  });
});

const row = (k: number, strike: number, ceMid: number, peMid: number, usable = true): LadderStrike => ({
  k,
  strike,
  ceMid,
  peMid,
  ceUsable: usable,
  peUsable: usable,
});

describe('the forward', () => {
  it('is K* + e^(rT)(C - P) at the strike whose call and put are closest, both usable', () => {
    const T = 86_400 / YEAR_S;
    const ladder = [row(-1, 24_950, 120, 70), row(0, 25_000, 95, 94), row(1, 25_050, 72, 121)];
    expect(forward(ladder, T)).toBeCloseTo(25_000 + Math.exp(RATE / 365), 9); // 25,001.000178
    // the closest pair unusable: the next closest decides
    expect(forward([row(-1, 24_950, 120, 70), row(0, 25_000, 95, 94, false)], T)).toBeCloseTo(
      24_950 + 50 * Math.exp(RATE / 365),
      9,
    );
    expect(forward([row(0, 25_000, 95, 94, false)], T)).toBeNaN();
  });

  it('breaks a tie by the smaller |k|, then the lower strike', () => {
    const ties = [row(-2, 24_900, 130, 100), row(1, 25_050, 100, 130), row(-1, 24_950, 100, 130)];
    expect(forward(ties, 0)).toBe(24_950 - 30);
    expect(forward([row(2, 25_100, 100, 130), row(-2, 24_900, 130, 100)], 0)).toBe(24_900 + 30);
  });
});

describe('the ATM implied volatility', () => {
  it('interpolates iv_K at the forward between adjacent strikes that both have one', () => {
    const strikes = [24_900, 24_950, 25_000, 25_050];
    const ivs = [0.2, 0.18, Number.NaN, 0.15];
    expect(atmIv(strikes, ivs, 24_925)).toBeCloseTo(0.19, 15);
    expect(atmIv(strikes, ivs, 24_950)).toBe(0.18);
    expect(atmIv(strikes, ivs, 24_960)).toBeNaN(); // its upper neighbour has none
    expect(atmIv(strikes, ivs, 25_100)).toBeNaN(); // beyond the ladder
    expect(strikeIv(0.2, 0.22)).toBeCloseTo(0.21, 15);
    expect([strikeIv(Number.NaN, 0.22), strikeIv(0.2, Number.NaN)]).toEqual([0.22, 0.2]);
    expect(strikeIv(Number.NaN, Number.NaN)).toBeNaN();
  });

  it("does not jump when the ATM strike changes, where the ATM strike's own iv does", () => {
    // a skewed smile; the forward crosses 24,975, the midpoint where the ATM strike (step 50)
    // switches from 24,950 to 25,000, and the ladder of +/-5 strikes is centred afresh
    const smile = (K: number) => 0.15 - 0.4 * (K / 25_000 - 1);
    const T = 1_200 / YEAR_S; // 20 minutes before expiry
    const atSecond = (F: number) => {
      const atm = Math.round(F / 50) * 50;
      const strikes = Array.from({ length: 11 }, (_, i) => atm + (i - 5) * 50);
      const ladder = strikes.map((K, i) =>
        row(i - 5, K, black76(true, F, K, T, smile(K)), black76(false, F, K, T, smile(K))),
      );
      const implied = forward(ladder, T); // the forward the quotes imply, as the app takes it
      const ivs = ladder.map((r) =>
        strikeIv(impliedVol(true, r.ceMid, implied, r.strike, T), impliedVol(false, r.peMid, implied, r.strike, T)),
      );
      return { atm, own: ivs[5] ?? Number.NaN, atmIv: atmIv(strikes, ivs, implied) };
    };
    const before = atSecond(24_974.9);
    const after = atSecond(24_975.1);
    expect([before.atm, after.atm]).toEqual([24_950, 25_000]);
    expect(Math.abs(after.own - before.own)).toBeGreaterThan(5e-4); // the ATM strike's iv jumps
    expect(Math.abs(after.atmIv - before.atmIv)).toBeLessThan(1e-5); // atm_iv moves with F only
    // and it is the smile read at the forward
    expect(after.atmIv).toBeCloseTo(smile(24_975.1), 4);
  });
});
