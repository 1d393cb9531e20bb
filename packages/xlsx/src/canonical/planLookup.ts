import { foldText, type Recommendation, type Section } from '@actionplan/core';

// Per context object (one export or one table read), per array, per key function: the plan does
// not change while a context is in use, so an index built once answers every row. Keyed by the
// array as well as the key function: one row looks up both a section and a recommendation by id.
const indexes = new WeakMap<object, Map<readonly unknown[], Map<(item: never) => string, Map<string, unknown>>>>();

/**
 * The first of `items` whose `keyOf` is `key`, as `items.find` would give it, from an index built
 * once per context object (`scope`) and array instead of a scan per row: a 40,000-action export
 * looked up each action's recommendation among thousands, which was quadratic.
 *
 * @example
 * findIn(ctx, ctx.plan.recommendations, byId, 'rec-1')?.code; // '1'
 */
export function findIn<T>(scope: object, items: readonly T[], keyOf: (item: T) => string, key: string | null): T | undefined {
  if (key === null) return undefined;
  let byArray = indexes.get(scope);
  if (!byArray) indexes.set(scope, (byArray = new Map()));
  let byKeyOf = byArray.get(items);
  if (!byKeyOf) byArray.set(items, (byKeyOf = new Map()));
  let byKey = byKeyOf.get(keyOf);
  if (!byKey) {
    byKey = new Map();
    for (const item of items) {
      const k = keyOf(item);
      if (!byKey.has(k)) byKey.set(k, item);
    }
    byKeyOf.set(keyOf, byKey);
  }
  return byKey.get(key) as T | undefined;
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
