import type { Action } from '../model/plan';
import { deliveryEvidence } from './deliveryEvidence';

/**
 * The predecessors an action waits for that are not complete. They are its `dependencies`, or,
 * when it has none, the sibling actions its notes name (`Held: Will follow completion of 1 & 2`
 * names `(1)` and `(2)` of the same recommendation or parent).
 *
 * @example
 * waitingOn(s7Action4, actionsById).map((action) => action.ref); // ['(1)']: (2) is "Completed"
 */
export function waitingOn(action: Action, actionsById: ReadonlyMap<string, Action>): Action[] {
  const predecessors =
    action.dependencies.length > 0
      ? action.dependencies.flatMap((id) => [actionsById.get(id)].filter((each) => each !== undefined))
      : namedSiblings(action, actionsById);
  return predecessors.filter((predecessor) => predecessor.id !== action.id && deliveryEvidence(predecessor).status !== 'complete');
}

function namedSiblings(action: Action, actionsById: ReadonlyMap<string, Action>): Action[] {
  const numbers = deliveryEvidence(action).reading.dependsOn ?? [];
  if (numbers.length === 0) return [];
  const siblings = [...actionsById.values()].filter((other) => other.id !== action.id && isSibling(action, other));
  return numbers.flatMap((number) => siblings.filter((other) => bareRef(other.ref) === number.toLowerCase()));
}

function isSibling(action: Action, other: Action): boolean {
  if (action.parentId !== other.parentId) return false;
  const [recommendation] = action.recommendationIds;
  return recommendation === undefined ? action.sectionId === other.sectionId : other.recommendationIds.includes(recommendation);
}

function bareRef(ref: string | null): string | undefined {
  return ref?.replace(/[()\s.]/g, '').toLowerCase();
}
