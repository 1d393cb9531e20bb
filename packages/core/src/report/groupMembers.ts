import type { Action } from '../model/plan';

/**
 * The actions a group holds: those `belongs` picks, with their milestones and sub-actions, in plan order.
 * A milestone filed under an action of recommendation 1 counts under recommendation 1 too.
 *
 * @example
 * groupMembers(plan.actions, (action) => action.recommendationIds.includes('rec-1'));
 */
export function groupMembers(actions: readonly Action[], belongs: (action: Action) => boolean): Action[] {
  const members = new Set(actions.filter(belongs).map((action) => action.id));
  // Children may come before their parents in a plan: repeat until nothing joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const action of actions) {
      if (action.parentId !== null && members.has(action.parentId) && !members.has(action.id)) {
        members.add(action.id);
        grew = true;
      }
    }
  }
  return actions.filter((action) => members.has(action.id));
}
