import { describe, expect, it } from 'vitest';
import { mergesFromAddress } from './mergedAreas';

describe('mergesFromAddress', () => {
  it('reads every block of a RangeAreas address, keeping commas inside quoted sheet names', () => {
    expect(mergesFromAddress("'Plan, 2016'!A5:A13, 'Plan, 2016'!B17:C21")).toEqual([
      { top: 4, left: 0, bottom: 12, right: 0 },
      { top: 16, left: 1, bottom: 20, right: 2 },
    ]);
  });

  it('gives no merges for an empty address or a single cell', () => {
    expect(mergesFromAddress('')).toEqual([]);
    expect(mergesFromAddress('Plan!A1')).toEqual([]);
  });
});
