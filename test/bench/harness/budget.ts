/**
 * Whether a step takes another run: always its first, then only while one more run of its average
 * length keeps its runs within the budget (so a slow case stops before overshooting, not after).
 *
 * @example
 * takesAnotherRun([], 20_000); // true
 * takesAnotherRun([12_000], 20_000); // false: a second run would end near 24 s
 * takesAnotherRun([4_000, 6_000], 20_000); // true: 10 s done, about 15 s after one more
 */
export function takesAnotherRun(pastMs: readonly number[], budgetMs: number): boolean {
  if (pastMs.length === 0) return true;
  const spent = pastMs.reduce((sum, ms) => sum + ms, 0);
  return spent + spent / pastMs.length <= budgetMs;
}
