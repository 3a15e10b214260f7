import { describe, expect, it } from 'vitest';
import { changedGroups, defaultThresholds, thresholdsFor, withOverride } from './market';

describe('threshold overrides', () => {
  it('fill in the defaults of every family, the nested values over them', () => {
    const all = thresholdsFor({ BANKNIFTY: { '2': { kHard: 3, fear: { zHard: 5 } } } }, 'BANKNIFTY', '2');
    expect([all.kHard, all.kSoft, all.fear.zHard, all.fear.zSoft, all.fear.dIvMin]).toEqual([3, 1.5, 5, 2, 0.01]);
    expect(all.liquidity).toEqual(defaultThresholds('BANKNIFTY').liquidity);
    expect(thresholdsFor({}, 'NIFTY', '0').fear.dIvMin).toBe(0.0075);
  });

  it('keep only what differs from the defaults as a value is set', () => {
    const one = withOverride({}, 'NIFTY', '0', 'liquidity', 'softRatio', 0.7);
    expect(one).toEqual({ NIFTY: { '0': { liquidity: { softRatio: 0.7 } } } });
    const two = withOverride(one, 'NIFTY', '0', 'bursts', 'kHard', 3);
    expect(two).toEqual({ NIFTY: { '0': { kHard: 3, liquidity: { softRatio: 0.7 } } } });
    const back = withOverride(two, 'NIFTY', '0', 'liquidity', 'softRatio', 0.8);
    expect(back).toEqual({ NIFTY: { '0': { kHard: 3 } } });
    expect(withOverride(back, 'NIFTY', '0', 'bursts', 'kHard', 2.5)).toEqual({});
  });

  it('tell which groups a change touches', () => {
    const before = thresholdsFor({}, 'NIFTY', '0');
    expect([...changedGroups(before, before)]).toEqual([]);
    const after = thresholdsFor(
      { NIFTY: { '0': { chop: { erMax: 0.4 }, fear: { lateFrom: '14:00:00' } } } },
      'NIFTY',
      '0',
    );
    expect([...changedGroups(before, after)]).toEqual(['fear', 'chop']);
    expect([...changedGroups(before, { ...before, mergeGapS: 0 })]).toEqual(['bursts']);
  });
});
