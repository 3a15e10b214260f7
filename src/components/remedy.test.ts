import { describe, expect, it } from 'vitest';
import { NOT_PARQUET, noSessionRows } from '../pipeline/inspect';
import { PRE_OPEN_ONLY } from '../pipeline/load';
import { DEFAULT_SESSION } from '../pipeline/market';
import { NO_UNDERLYING } from '../pipeline/schema';
import { remedy, shortNames } from './remedy';

describe('what to do about a file not used', () => {
  it('is said for every reason the pipeline gives, or is in the reason already', () => {
    const cases: [string, RegExp][] = [
      ['not a readable Parquet file (Invalid Input Error: No magic bytes found)', /export it again as Parquet/],
      ['could not be read (IO Error: …)', /copy it again/],
      ["missing required column 'strike'", /input schema/],
      ["column 'strike' has type VARCHAR, expected a number", /input schema/],
      [`${NO_UNDERLYING}: no underlying/symbol column, and the path names none`, /name the underlying here/],
      ['the same content as a/part-1.parquet, which is read instead', /first copy is read/],
      [`${noSessionRows(DEFAULT_SESSION)}: ${PRE_OPEN_ONLY}`, /session files/],
      [noSessionRows(DEFAULT_SESSION), /IST wall clock/],
      [NOT_PARQUET, /only \.parquet files/],
    ];
    for (const [reason, advice] of cases) expect(remedy(reason), reason).toMatch(advice);
  });

  it('is not repeated when the reason ends with it', () => {
    expect(
      remedy('could not be read when its pages were (x): the file is damaged; copy it again from its source'),
    ).toBe('');
    expect(
      remedy("has two columns named 'STRIKE' but for case, which DuckDB cannot tell apart: rename or drop one"),
    ).toBe('');
  });
});

describe('short file names', () => {
  it('keep the folders of a name that two files share, and only those', () => {
    expect(shortNames(['a/2026-01-12/readme.txt', 'a/2026-01-13/readme.txt', 'a/notes.csv'])).toEqual([
      'a/2026-01-12/readme.txt',
      'a/2026-01-13/readme.txt',
      'notes.csv',
    ]);
  });
});
