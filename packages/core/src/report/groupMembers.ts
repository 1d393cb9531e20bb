import type { Action } from '../model/plan';

/**
 * The members of groups of actions (a section, a recommendation), each with its milestones and
 * sub-actions, in plan order, worked out for every group in one pass over the plan rather than
 * one pass per group. A milestone filed under an action of recommendation 1 counts under
 * recommendation 1 too.
 *
 * @example
 * const members = groupMembers(plan.actions, (action) => action.recommendationIds);
 * members.get('rec-1')?.map((action) => action.ref); // ['1.1', '1.2']
 */
export function groupMembers(actions: readonly Action[], groupsOf: (action: Action) => readonly (string | null)[]): Map<string, Action[]> {
  const position = new Map(actions.map((action, index) => [action.id, index]));
  const children = new Map<string, Action[]>();
  for (const action of actions) if (action.parentId !== null) push(children, action.parentId, action);
  const seeds = new Map<string, Action[]>();
  for (const action of actions) for (const group of new Set(groupsOf(action))) if (group !== null) push(seeds, group, action);
  const members = new Map<string, Action[]>();
  for (const [group, roots] of seeds) {
    const seen = new Set<string>();
    const found: Action[] = [];
    // Children may come before their parents in a plan: follow the tree, then restore plan order.
    const visit = (action: Action): void => {
      if (seen.has(action.id)) return;
      seen.add(action.id);
      found.push(action);
      for (const child of children.get(action.id) ?? []) visit(child);
    };
    roots.forEach(visit);
    members.set(group, found.sort((a, b) => position.get(a.id)! - position.get(b.id)!));
  }
  return members;
}

function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}
