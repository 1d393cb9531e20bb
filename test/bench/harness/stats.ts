/** The numbers reported for one case: over its rounds, the fastest and the middle run, and peak memory. */
export interface Summary {
  runs: number;
  minMs: number;
  medianMs: number;
  /** Median over rounds of each run's peak resident set size, in MB. */
  rssMb: number;
}

/**
 * The median of a non-empty list (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Summarises one case's runs.
 *
 * @example
 * summarise([{ ms: 120, rssMb: 90 }, { ms: 100, rssMb: 92 }]); // { runs: 2, minMs: 100, medianMs: 110, rssMb: 91 }
 */
export function summarise(runs: ReadonlyArray<{ ms: number; rssMb: number }>): Summary {
  return {
    runs: runs.length,
    minMs: Math.min(...runs.map((run) => run.ms)),
    medianMs: median(runs.map((run) => run.ms)),
    rssMb: median(runs.map((run) => run.rssMb)),
  };
}

/**
 * `value / baseline`, rounded to two decimals: the number a target such as "at most 1.3×" is checked against.
 *
 * @example
 * ratio(260, 200); // 1.3
 */
export function ratio(value: number, baseline: number): number {
  return baseline > 0 ? Math.round((value / baseline) * 100) / 100 : Number.NaN;
}

/**
 * The order the cases of one round run in: rotated by one each round, so no case always runs
 * first (on a cold cache) or right after the heaviest one.
 *
 * @example
 * roundOrder(['floor', 'a', 'b'], 1); // ['a', 'b', 'floor']
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
