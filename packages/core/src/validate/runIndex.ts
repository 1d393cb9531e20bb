import type { Action } from '../model/index';
import { flagAction, flagLookups } from './actionFlags';
import { readRef, type RefReading } from './refNumber';
import type { RuleContext } from './rule';
import { numberingGroups, type NumberingGroups } from './siblings';

/**
 * What several rules of one run need about the plan as a whole, worked out once: the ids of actions
 * that have children, each action's ref read and flags set (see `ActionFlag`), and the numbering groups.
 *
 * @example
 * const { parents, refs } = runIndex(context);
 * parents.has('action-20'); // true: milestone 20.1 sits under it
 * refs[14]?.series; // '|20' for milestone 20.1 at index 14
 */
export interface RunIndex {
  parents: ReadonlySet<string>;
  /** Each action's ref read, by its index in `plan.actions`; null for an action whose ref is missing or blank. */
  refs: ReadonlyArray<RefReading | null>;
  /**
   * The actions that other actions name as their parent, by id (the last action holding an id, as
   * a map of every action by id would give): a plan names a few thousand parents among 100,000
   * actions, so no map of them all is built. Built the first time a rule asks.
   */
  parentsById(): ReadonlyMap<string, Action>;
  /** The ref of a parent action read (a parent's index is not at hand), remembered per parent. */
  parentRef(parent: Action): RefReading | null;
  /** Each action's `ActionFlag` bits, by its index in `plan.actions`. */
  flags: Uint16Array;
  /** The plan's numbering groups (see `numberingGroups`), built the first time a rule asks. */
  groups(): NumberingGroups;
}

// One index per rule context: validatePlan makes one context per run, so nothing outlives the run.
const indexes = new WeakMap<RuleContext, RunIndex>();

/**
 * The index of the run a rule context belongs to, built the first time a rule asks, in one pass
 * over the actions.
 *
 * @example
 * runIndex(context).refs[0]?.repeatKey; // '1' for a first action numbered `1.`
 */
export function runIndex(context: RuleContext): RunIndex {
  let index = indexes.get(context);
  if (index === undefined) {
    index = buildIndex(context);
    indexes.set(context, index);
  }
  return index;
}

function buildIndex({ plan, facts, scheme }: RuleContext): RunIndex {
  const { actions } = plan;
  const parents = new Set<string>();
  const refs: Array<RefReading | null> = new Array<RefReading | null>(actions.length);
  const flags = new Uint16Array(actions.length);
  const lookups = flagLookups(plan.recommendations, scheme);
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i]!;
    const { parentId, ref } = action;
    if (parentId !== null) parents.add(parentId);
    const reading = ref === null || isBlank(ref) ? null : readRef(ref);
    refs[i] = reading;
    flags[i] = flagAction(action, reading, lookups, facts);
  }
  const parentRefs = new Map<Action, RefReading | null>();
  let groups: NumberingGroups | undefined;
  let parentsById: Map<string, Action> | undefined;
  const parentsByIdOnce = (): ReadonlyMap<string, Action> => {
    if (parentsById === undefined) {
      parentsById = new Map();
      for (const action of actions) if (parents.has(action.id)) parentsById.set(action.id, action);
    }
    return parentsById;
  };
  return {
    parents,
    refs,
    flags,
    parentRef(parent) {
      let reading = parentRefs.get(parent);
      if (reading === undefined) {
        reading = parent.ref === null || isBlank(parent.ref) ? null : readRef(parent.ref);
        parentRefs.set(parent, reading);
      }
      return reading;
    },
    parentsById: parentsByIdOnce,
    groups: () => (groups ??= numberingGroups(plan, parentsByIdOnce)),
  };
}

/** Whether a ref is empty or only spaces; a ref opening with a printable ASCII character is not, and is not trimmed. */
function isBlank(ref: string): boolean {
  const first = ref.charCodeAt(0);
  return !(first > 32 && first < 127) && ref.trim() === '';
}
