import { describe, expect, it } from 'vitest';
import { safeFirstDay, safeLastDay } from './safeDay';

describe('safeFirstDay / safeLastDay', () => {
  it('spans seed 003 Feb-17 as February 2017 and seed 000 31-May-2011 as its day', () => {
    expect([safeFirstDay('2017-02'), safeLastDay('2017-02')]).toEqual(['2017-02-01', '2017-02-28']);
    expect([safeFirstDay('2011-05-31'), safeLastDay('2011-05-31')]).toEqual(['2011-05-31', '2011-05-31']);
    expect(safeLastDay('2017-Q1')).toBe('2017-03-31');
  });

  it('gives undefined for seed 004 LAC11 31.9.12 kept as 2012-09-31, and for no date', () => {
    expect(safeFirstDay('2012-09-31')).toBeUndefined();
    expect(safeLastDay('2012-09-31')).toBeUndefined();
    expect(safeLastDay(null)).toBeUndefined();
  });
});
