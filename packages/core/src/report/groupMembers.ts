import type { Action } from '../model/plan';
import type { ActionTree } from '../rag';

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

/**
 * {@link groupMembers} as positions: for each group, the positions in `actions` of its members
 * and their milestones and sub-actions, ascending, found through the plan's {@link ActionTree}.
 * An id stands for its last position, as a map by id would have it.
 *
 * @example
 * groupHolders(plan.actions, actionTree(plan.actions), (action) => action.recommendationIds).get('rec-1'); // [0, 1, 2]
 */
export function groupHolders(actions: readonly Action[], tree: ActionTree, groupsOf: (action: Action) => readonly (string | null)[]): Map<string, number[]> {
  const roots = new Map<string, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const groups = groupsOf(actions[index]!);
    for (const group of groups.length < 2 ? groups : new Set(groups)) if (group !== null) push(roots, group, index);
  }
  const members = new Map<string, number[]>();
  for (const [group, indexes] of roots) {
    const found: number[] = [];
    tree.walk(indexes, (holder) => found.push(holder));
    // Children may come before their parents in a plan: restore plan order when they do.
    members.set(group, isAscending(found) ? found : found.sort((a, b) => a - b));
  }
  return members;
}

function isAscending(positions: readonly number[]): boolean {
  for (let i = 1; i < positions.length; i += 1) if (positions[i]! < positions[i - 1]!) return false;
  return true;
}
