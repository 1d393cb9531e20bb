import type { Action } from '../model/plan';

/**
 * A plan's actions as a tree of positions in `plan.actions`, built once and walked as often as a
 * roll-up or a report needs. An id stands for its last position (as a map by id keeps the last
 * action holding it): that position, its `holder`, is where the id's rating and children live.
 *
 * @example
 * const tree = actionTree(plan.actions);
 * tree.walk([0], (holder) => console.log(plan.actions[holder]!.ref)); // '20.', '20.1', '20.2'
 */
export interface ActionTree {
  /** The position standing for the id of the action at each position. */
  readonly holder: Int32Array;
  /**
   * Visits the holders of these actions and, depth first, of their milestones and sub-actions in
   * plan order; each id once per walk, whatever loops the ids make.
   */
  walk(indexes: readonly number[], visit: (holder: number) => void): void;
}

/**
 * Builds the {@link ActionTree} of a plan's actions in two passes over them.
 *
 * @example
 * actionTree(plan.actions).holder[14]; // 14, unless a later action repeats its id
 */
export function actionTree(actions: readonly Action[]): ActionTree {
  const last = new Map<string, number>();
  for (let index = 0; index < actions.length; index += 1) last.set(actions[index]!.id, index);
  const holder = new Int32Array(actions.length);
  const children: Array<number[] | undefined> = new Array<number[] | undefined>(actions.length);
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    holder[index] = last.get(action.id)!;
    const parent = action.parentId === null ? undefined : last.get(action.parentId);
    if (parent !== undefined) (children[parent] ??= []).push(index);
  }
  // A stamp per holder marks the walk that last visited it: no set per walk (a plan is walked once per recommendation).
  const stamps = new Int32Array(actions.length);
  let walkNumber = 0;
  const visitFrom = (index: number, visit: (holder: number) => void): void => {
    const id = holder[index]!;
    if (stamps[id] === walkNumber) return;
    stamps[id] = walkNumber;
    visit(id);
    const below = children[id];
    if (below !== undefined) for (const child of below) visitFrom(child, visit);
  };
  return {
    holder,
    walk(indexes, visit) {
      walkNumber += 1;
      for (const index of indexes) visitFrom(index, visit);
    },
  };
}
