import { foldText, type Recommendation, type Section } from '@actionplan/core';

interface Index {
  items: readonly unknown[];
  byKey: Map<string, unknown>;
}

// Per context object (one export or one table read), per key function: the plan does not change
// while a context is in use, so an index built once answers every row.
const indexes = new WeakMap<object, Map<(item: never) => string, Index>>();

/**
 * The first of `items` whose `keyOf` is `key`, as `items.find` would give it, from an index built
 * once per context object (`scope`) instead of a scan per row: a 40,000-action export looked up
 * each action's recommendation among thousands, which was quadratic. Rebuilt when `items` is a
 * different array.
 *
 * @example
 * findIn(ctx, ctx.plan.recommendations, byId, 'rec-1')?.code; // '1'
 */
export function findIn<T>(scope: object, items: readonly T[], keyOf: (item: T) => string, key: string | null): T | undefined {
  if (key === null) return undefined;
  let byKeyOf = indexes.get(scope);
  if (!byKeyOf) indexes.set(scope, (byKeyOf = new Map()));
  let index = byKeyOf.get(keyOf);
  if (index?.items !== items) {
    const byKey = new Map<string, unknown>();
    for (const item of items) {
      const k = keyOf(item);
      if (!byKey.has(k)) byKey.set(k, item);
    }
    index = { items, byKey };
    byKeyOf.set(keyOf, index);
  }
  return index.byKey.get(key) as T | undefined;
}

/**
 * An item's id, as a key for {@link findIn}.
 *
 * @example
 * byId({ id: 'sec-2' }); // 'sec-2'
 */
export const byId = (item: { id: string }): string => item.id;

/**
 * A section's title folded as `foldText` folds it, as a key for {@link findIn} (pass the cell's text folded too).
 *
 * @example
 * byFoldedTitle(section); // 'leadership and governance'
 */
export const byFoldedTitle = (section: Section): string => foldText(section.title);

/**
 * A recommendation's label (its code, else its text) folded, as a key for {@link findIn}.
 *
 * @example
 * byFoldedLabel(recommendation); // 'rec 8'
 */
export const byFoldedLabel = (recommendation: Recommendation): string => foldText(recommendation.code ?? recommendation.text);
