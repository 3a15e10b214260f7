import { describe, expect, it } from 'vitest';
import { checkThresholds, parseThresholds } from './thresholdsFile';

const errors = (input: unknown) => {
  const checked = checkThresholds(input);
  return checked.ok ? [] : checked.errors;
};

describe('the thresholds schema', () => {
  it('takes what the app exports: underlyings, DTE buckets, and only the values that differ', () => {
    const file = { NIFTY: { '0': { kHard: 3, minDurationS: 5 } }, BANKNIFTY: { '6+': { rvFloor: 2.5e-5 } } };
    expect(checkThresholds(file)).toEqual({ ok: true, value: file });
    expect(checkThresholds({})).toEqual({ ok: true, value: {} });
  });

  it('refuses what bricked the app, naming the key and the rule', () => {
    expect(errors(null)).toEqual(['thresholds must be an object of underlyings, not null']);
    expect(errors([])).toEqual(['thresholds must be an object of underlyings, not []']);
    expect(errors({ NIFTY: 3 })).toEqual(['NIFTY: must be an object of DTE buckets (0, 2, 4, 6+)']);
    expect(errors({ NIFTY: { '0': { kHard: 'abc' } } })).toEqual(['NIFTY.0.kHard: must be a number > 0, not "abc"']);
    expect(errors({ NIFTY: { '0': { kHard: null } } })).toEqual(['NIFTY.0.kHard: must be a number > 0, not null']);
    expect(errors({ NIFTY: { '0': { kSoft: -1 } } })).toEqual(['NIFTY.0.kSoft: must be a number > 0, not -1']);
    expect(errors({ NIFTY: { '0': { rvFloor: 0 } } })).toEqual(['NIFTY.0.rvFloor: must be a number > 0, not 0']);
    expect(errors({ NIFTY: { '0': { minDurationS: 2.5 } } })).toEqual([
      'NIFTY.0.minDurationS: must be a whole number >= 1, not 2.5',
    ]);
    expect(errors({ NIFTY: { '0': { mergeGapS: -3 } } })).toEqual([
      'NIFTY.0.mergeGapS: must be a whole number >= 0, not -3',
    ]);
    expect(errors({ NIFTY: { '1': { kHard: 3 } } })).toEqual([
      "NIFTY.1: unknown DTE bucket '1' (buckets: 0, 2, 4, 6+)",
    ]);
  });

  it("names unknown keys, and points the spec's spelling to the app's", () => {
    expect(errors({ NIFTY: { '0': { k_hard: 3 } } })).toEqual([
      "NIFTY.0.k_hard: unknown threshold; did you mean 'kHard'?",
    ]);
    expect(errors({ NIFTY: { '0': { speed: 3 } } })).toEqual([
      'NIFTY.0.speed: unknown threshold (kHard, kSoft, rvFloor, minMove, mergeGapS, minDurationS; groups: liquidity, fear, chop)',
    ]);
  });

  it('refuses k_hard below k_soft, with the defaults filling in what is absent', () => {
    expect(errors({ NIFTY: { '0': { kHard: 1.2 } } })).toEqual(['NIFTY.0: kHard (1.2) must not be below kSoft (1.5)']);
    expect(errors({ NIFTY: { '0': { kHard: 1.2, kSoft: 1 } } })).toEqual([]);
  });

  it("takes the second layer's thresholds nested by family, beside the flat burst ones", () => {
    const file = {
      NIFTY: {
        '0': {
          kHard: 3,
          fear: { zHard: 5, lateFrom: '14:45:00' },
          liquidity: { softRatio: 0.7, minBaseDepth5: 0 },
          chop: { erMax: 0.4, minObserved: 300 },
        },
      },
      BANKNIFTY: { '6+': { liquidity: { hardRatio: 0.3, gapS: 0 }, chop: { minDurationS: 1 } } },
    };
    expect(checkThresholds(file)).toEqual({ ok: true, value: file });
    // an old file, or what a browser kept before: burst values only
    const old = { NIFTY: { '2': { kSoft: 1.2, mergeGapS: 0 } } };
    expect(checkThresholds(old)).toEqual({ ok: true, value: old });
  });

  it('refuses each kind of bad second-layer value, naming its key path and the rule', () => {
    const at = (family: string, values: unknown) => errors({ NIFTY: { '4': { [family]: values } } });
    expect(at('fear', { zHard: -1 })).toEqual(['NIFTY.4.fear.zHard: must be a number > 0, not -1']);
    expect(at('fear', { dIvMin: '0.01' })).toEqual(['NIFTY.4.fear.dIvMin: must be a number >= 0, not "0.01"']);
    expect(at('fear', { gapS: 2.5 })).toEqual(['NIFTY.4.fear.gapS: must be a whole number >= 0, not 2.5']);
    expect(at('fear', { minDurationS: 0 })).toEqual(['NIFTY.4.fear.minDurationS: must be a whole number >= 1, not 0']);
    expect(at('fear', { lateFrom: '15:00' })).toEqual([
      `NIFTY.4.fear.lateFrom: must be a time 'HH:MM:SS', not "15:00"`,
    ]);
    expect(at('fear', { lateFrom: '24:00:00' })).toEqual([
      `NIFTY.4.fear.lateFrom: must be a time 'HH:MM:SS', not "24:00:00"`,
    ]);
    expect(at('fear', { lateFrom: 900 })).toEqual([`NIFTY.4.fear.lateFrom: must be a time 'HH:MM:SS', not 900`]);
    expect(at('liquidity', { softRatio: 1.2 })).toEqual([
      'NIFTY.4.liquidity.softRatio: must be a number > 0 and <= 1, not 1.2',
    ]);
    expect(at('liquidity', { hardRatio: 0 })).toEqual([
      'NIFTY.4.liquidity.hardRatio: must be a number > 0 and <= 1, not 0',
    ]);
    expect(at('liquidity', { minBaseQty: -5 })).toEqual([
      'NIFTY.4.liquidity.minBaseQty: must be a number >= 0, not -5',
    ]);
    expect(at('chop', { vrMax: null })).toEqual(['NIFTY.4.chop.vrMax: must be a number > 0, not null']);
    expect(at('chop', { minObserved: 301 })).toEqual([
      'NIFTY.4.chop.minObserved: must be a whole number >= 0 and <= 300, not 301',
    ]);
    expect(at('chop', 0.4)).toEqual([
      'NIFTY.4.chop: must be an object of thresholds (erMax, rangeZMax, vrMax, minObserved, gapS, minDurationS)',
    ]);
  });

  it('refuses a hard threshold that a soft second would not reach, with the defaults filling in', () => {
    const bucket = (values: unknown) => errors({ NIFTY: { '0': values } });
    expect(bucket({ fear: { zHard: 1.5 } })).toEqual(['NIFTY.0.fear: zHard (1.5) must not be below zSoft (2)']);
    expect(bucket({ fear: { zHard: 1.5, zSoft: 1 } })).toEqual([]);
    expect(bucket({ liquidity: { hardRatio: 0.9 } })).toEqual([
      'NIFTY.0.liquidity: softRatio (0.8) must not be below hardRatio (0.9)',
    ]);
    expect(bucket({ liquidity: { softRatio: 0.4 } })).toEqual([
      'NIFTY.0.liquidity: softRatio (0.4) must not be below hardRatio (0.5)',
    ]);
    expect(bucket({ liquidity: { softRatio: 0.5 } })).toEqual([]);
  });

  it('names unknown second-layer keys, and points a misplaced or misspelt one to its place', () => {
    const bucket = (values: unknown) => errors({ NIFTY: { '0': values } });
    expect(bucket({ fear: { z_hard: 5 } })).toEqual(["NIFTY.0.fear.z_hard: unknown threshold; did you mean 'zHard'?"]);
    expect(bucket({ chop: { speed: 1 } })).toEqual([
      'NIFTY.0.chop.speed: unknown threshold (erMax, rangeZMax, vrMax, minObserved, gapS, minDurationS)',
    ]);
    expect(bucket({ zHard: 5 })).toEqual(["NIFTY.0.zHard: unknown threshold; did you mean 'NIFTY.0.fear.zHard'?"]);
    expect(bucket({ Fear: {} })).toEqual(["NIFTY.0.Fear: unknown threshold; did you mean 'fear'?"]);
    expect(bucket({ gapS: 5 })).toEqual([
      "NIFTY.0.gapS: unknown threshold; did you mean 'NIFTY.0.liquidity.gapS' or 'NIFTY.0.fear.gapS' or 'NIFTY.0.chop.gapS'?",
    ]);
    expect(bucket({ liquidity: { kHard: 3 } })).toEqual([
      "NIFTY.0.liquidity.kHard: unknown threshold; did you mean 'NIFTY.0.kHard'?",
    ]);
  });

  it('says when the text is not JSON', () => {
    const checked = parseThresholds('{"NIFTY":');
    expect(checked.ok ? [] : checked.errors[0]).toMatch(/^not JSON \(.+\)$/);
  });
});
