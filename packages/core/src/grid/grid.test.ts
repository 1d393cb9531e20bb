import { describe, expect, it } from 'vitest';
import { cellAddress } from './grid';

describe('cellAddress', () => {
  it('names columns as Excel does', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(40, 25)).toBe('Z41');
    expect(cellAddress(40, 27)).toBe('AB41');
    expect(cellAddress(1_048_575, 16_383)).toBe('XFD1048576');
  });
});
