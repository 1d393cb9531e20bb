import { describe, expect, it } from 'vitest';
import { runDetails } from './results';

describe('bench run details', () => {
  it('keeps the counts of the last run and gives each timing as its median over the runs', () => {
    const runs = [
      { details: { actions: 10_727, importMs: 1_071, validateMs: 280, cpuMs: 1_450, planRating: 'red' } },
      { details: { actions: 10_727, importMs: 905, validateMs: 301, cpuMs: 1_210, planRating: 'red' } },
      { details: { actions: 10_727, importMs: 990, validateMs: 262, cpuMs: 1_380, planRating: 'red' } },
    ];
    expect(runDetails(runs)).toEqual({ actions: 10_727, importMs: 990, validateMs: 280, cpuMs: 1_380, planRating: 'red' });
  });

  it('gives nothing for a step with no runs', () => {
    expect(runDetails([])).toEqual({});
  });
});
