import type { Action } from '../model/plan';

/**
 * Actions by the numbers notes name them with, among siblings: same parent and a shared
 * recommendation, or the same section for actions citing none.
 *
 * @example
 * siblingIndex(plan.actions).find(s7Action4, '1')?.ref; // '(1)'
 */
export interface SiblingIndex {
  find(action: Action, number: string): Action | undefined;
}

/**
 * Indexes actions once so that a note naming a sibling by number (`See (1) above`, `Will follow
 * completion of 1 & 2`) is looked up, not searched for: a plan can hold tens of thousands of rows.
 *
 * @example
 * siblingIndex(plan.actions).find(s7Action4, '1')?.ref; // '(1)'
 */
export function siblingIndex(actions: Iterable<Action>): SiblingIndex {
  const index = new Map<string, Action[]>();
  const add = (key: string, action: Action) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [action]);
    else list.push(action);
  };
  for (const action of actions) {
    const ref = bareRef(action.ref);
    if (ref === undefined || ref === '') continue;
    for (const recommendation of action.recommendationIds) add(keyOf(action.parentId, `r:${recommendation}`, ref), action);
    add(keyOf(action.parentId, `s:${action.sectionId ?? ''}`, ref), action);
  }
  return {
    find(action, number) {
      const [recommendation] = action.recommendationIds;
      const group = recommendation === undefined ? `s:${action.sectionId ?? ''}` : `r:${recommendation}`;
      return index.get(keyOf(action.parentId, group, bareRef(number) ?? ''))?.find((other) => other.id !== action.id);
    },
  };
}

function keyOf(parentId: string | null, group: string, ref: string): string {
  return `${parentId ?? ''}\u0000${group}\u0000${ref}`;
}

function bareRef(ref: string | null): string | undefined {
  return ref?.replace(/[()\s.]/g, '').toLowerCase();
}
