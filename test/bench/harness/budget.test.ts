import { describe, expect, it } from 'vitest';
import { takesAnotherRun } from './budget';

describe('takesAnotherRun', () => {
  it('always takes the first run, even with no budget', () => {
    expect(takesAnotherRun([], 0)).toBe(true);
  });

  it('stops before a run of the average length would pass the budget', () => {
    expect(takesAnotherRun([12_000], 20_000)).toBe(false);
    expect(takesAnotherRun([10_000], 20_000)).toBe(true);
    expect(takesAnotherRun([4_000, 6_000], 20_000)).toBe(true);
    expect(takesAnotherRun([4_000, 6_000, 8_000], 20_000)).toBe(false);
  });
});
