import type { GroupResult } from './results';

/**
 * What the smoke test asserts, none of it a wall-clock time: every case ran to completion (a case
 * whose API is not built yet is "pending", not a failure) and the add-in made exactly one
 * `context.sync()` beyond one per chunk in every run at every size. Payload sizes are reported
 * against the 5 MB cap in RESULTS.md, not asserted here.
 *
 * @example
 * benchFailures(results); // [] when all is well
 */
export function benchFailures(results: readonly GroupResult[]): string[] {
  const failures: string[] = [];
  for (const { group, steps } of results) {
    for (const step of steps) {
      if (step.error) failures.push(`${group.title} / ${step.step.label}: ${step.error}`);
      else if (!step.missing && step.runs.length === 0) failures.push(`${group.title} / ${step.step.label}: no run completed`);
    }
  }
  const addinRuns = results.filter((r) => r.group.kind === 'addin').flatMap((r) => r.steps.flatMap((s) => s.runs.map((run) => ({ title: r.group.title, run }))));
  const overheads = new Set(addinRuns.map(({ run }) => Number(run.details['syncs']) - Number(run.details['chunks'])));
  if (addinRuns.length > 0 && (overheads.size !== 1 || !overheads.has(1))) {
    failures.push(`add-in: context.sync() calls beyond one per chunk should be 1 at every size, got ${[...overheads].join(', ')}`);
  }
  return failures;
}
