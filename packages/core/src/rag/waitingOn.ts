import type { Action } from '../model/plan';
import { factsFor, type PlanFacts } from './planFacts';

/**
 * The predecessors an action waits for that are not complete. They are its `dependencies`, or,
 * when it has none and its status is blocked, the sibling actions its notes name (`Held: Will
 * follow completion of 1 & 2` names `(1)` and `(2)` of the same recommendation). An `On track`
 * note that mentions a later step `following completion of (1)` does not make the action wait.
 *
 * @example
 * waitingOn(s7Action4, actionsById).map((action) => action.ref); // ['(1)']: (2) is "Completed"
 */
export function waitingOn(action: Action, actionsById: ReadonlyMap<string, Action>, facts: PlanFacts = factsFor(actionsById)): Action[] {
  const named = action.dependencies.length > 0 ? action.dependencies.map((id) => actionsById.get(id)) : namedInNotes(action, facts);
  return named.filter(
    (predecessor): predecessor is Action =>
      predecessor !== undefined && predecessor.id !== action.id && facts.of(predecessor).evidence.status !== 'complete',
  );
}

function namedInNotes(action: Action, facts: PlanFacts): (Action | undefined)[] {
  const { evidence } = facts.of(action);
  if (evidence.status !== 'blocked') return [];
  return (evidence.reading.dependsOn ?? []).map((number) => facts.sibling(action, number));
}
