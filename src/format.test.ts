import { describe, expect, it } from 'vitest';
import { clockTime, indianNumber, price } from './format';

describe('display formats', () => {
  it('groups the Indian way and shows NULL as a dash', () => {
    expect([indianNumber(123450), indianNumber(1234567.891, 2), indianNumber(999), indianNumber(-75000)]).toEqual([
      '1,23,450',
      '12,34,567.89',
      '999',
      '-75,000',
    ]);
    expect([price(Number.NaN), price(25872.9)]).toEqual(['–', '25,872.90']);
  });

  it('reads IST wall-clock seconds as they are', () => {
    expect(clockTime(Date.UTC(2026, 0, 13, 10, 2, 31) / 1000)).toBe('10:02:31');
  });
});
