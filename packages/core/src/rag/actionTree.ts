import type { Action } from '../model/plan';
import { idPositions } from './idPositions';

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
 * Builds the {@link ActionTree} of a plan's actions in two passes over them, finding ids through
 * {@link idPositions} rather than a map.
 *
 * @example
 * actionTree(plan.actions).holder[14]; // 14, unless a later action repeats its id
 */
export function actionTree(actions: readonly Action[]): ActionTree {
  const positions = idPositions(actions);
  const holder = new Int32Array(actions.length);
  const parentOf = new Int32Array(actions.length);
  // The children of each position, in plan order, as runs of one array (`first[p]` to `first[p + 1]`):
  // counted, then placed, so no list is made per parent.
  const first = new Int32Array(actions.length + 1);
  for (let index = 0; index < actions.length; index += 1) {
    holder[index] = positions.lastOf(index);
    const { parentId } = actions[index]!;
    const parent = parentId === null ? -1 : positions.find(parentId);
    parentOf[index] = parent;
    if (parent !== -1) first[parent + 1]! += 1;
  }
  for (let position = 0; position < actions.length; position += 1) first[position + 1]! += first[position]!;
  const children = new Int32Array(first[actions.length]!);
  const placed = first.slice(0, actions.length);
  for (let index = 0; index < actions.length; index += 1) {
    const parent = parentOf[index]!;
    if (parent !== -1) children[placed[parent]!++] = index;
  }
  // A stamp per holder marks the walk that last visited it: no set per walk (a plan is walked once per recommendation).
  const stamps = new Int32Array(actions.length);
  let walkNumber = 0;
  const visitFrom = (index: number, visit: (holder: number) => void): void => {
    const id = holder[index]!;
    if (stamps[id] === walkNumber) return;
    stamps[id] = walkNumber;
    visit(id);
    for (let at = first[id]!, end = first[id + 1]!; at < end; at += 1) visitFrom(children[at]!, visit);
  };
  return {
    holder,
    walk(indexes, visit) {
      walkNumber += 1;
      for (const index of indexes) visitFrom(index, visit);
    },
  };
}
