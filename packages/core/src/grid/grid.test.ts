import { describe, expect, it } from 'vitest';
import { cellAddress } from './grid';

describe('cellAddress', () => {
  it('names columns as Excel does', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(40, 25)).toBe('Z41');
    expect(cellAddress(40, 27)).toBe('AB41');
    expect(cellAddress(1_048_575, 16_383)).toBe('XFD1048576');
  });

  it('gives a column the same letters every time it is asked (they are remembered)', () => {
    expect([cellAddress(28, 2), cellAddress(31, 2), cellAddress(9, 27), cellAddress(1_048_575, 16_383)]).toEqual(['C29', 'C32', 'AB10', 'XFD1048576']);
  });
});
