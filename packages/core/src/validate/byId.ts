/**
 * Items by their id, so rules look parents and recommendations up in constant time: a plan can
 * hold tens of thousands of rows.
 *
 * @example
 * byId(plan.actions).get('a20')?.ref; // '20.'
 */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
