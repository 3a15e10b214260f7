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
      'NIFTY.0.speed: unknown threshold (kHard, kSoft, rvFloor, minMove, mergeGapS, minDurationS)',
    ]);
  });

  it('refuses k_hard below k_soft, with the defaults filling in what is absent', () => {
    expect(errors({ NIFTY: { '0': { kHard: 1.2 } } })).toEqual(['NIFTY.0: kHard (1.2) must not be below kSoft (1.5)']);
    expect(errors({ NIFTY: { '0': { kHard: 1.2, kSoft: 1 } } })).toEqual([]);
  });

  it('says when the text is not JSON', () => {
    const checked = parseThresholds('{"NIFTY":');
    expect(checked.ok ? [] : checked.errors[0]).toMatch(/^not JSON \(.+\)$/);
  });
});
