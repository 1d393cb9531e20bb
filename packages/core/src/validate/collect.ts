import type { RuleFinding } from './rule';

/**
 * Runs a check over every item and gathers what it finds, in item order. A loop rather than
 * `flatMap`, so the many items with nothing to report cost no array each (plans reach 100,000 rows).
 *
 * @example
 * collect(plan.actions, (action, index) => (action.title.trim() === '' ? actionFinding(action, index, 'title', message) : undefined));
 */
export function collect<T>(items: readonly T[], check: (item: T, index: number) => RuleFinding | readonly RuleFinding[] | undefined): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const result = check(items[index]!, index);
    if (result === undefined) continue;
    if (Array.isArray(result)) found.push(...(result as readonly RuleFinding[]));
    else found.push(result as RuleFinding);
  }
  return found;
}
