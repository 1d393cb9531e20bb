import type { Action } from '../model/plan';

/**
 * The action a note names by number among its siblings (same parent and the same first
 * recommendation, or the same section when it cites none): `1` finds `(1)` beside `(4)` in S7.
 *
 * @example
 * findSibling(s7Action4, '1', actionsById)?.ref; // '(1)'
 */
export function findSibling(action: Action, number: string, actionsById: ReadonlyMap<string, Action>): Action | undefined {
  const wanted = bareRef(number);
  for (const other of actionsById.values()) {
    if (other.id !== action.id && isSibling(action, other) && bareRef(other.ref) === wanted) return other;
  }
  return undefined;
}

function isSibling(action: Action, other: Action): boolean {
  if (action.parentId !== other.parentId) return false;
  const [recommendation] = action.recommendationIds;
  return recommendation === undefined ? action.sectionId === other.sectionId : other.recommendationIds.includes(recommendation);
}

function bareRef(ref: string | null): string | undefined {
  return ref?.replace(/[()\s.]/g, '').toLowerCase();
}
