import { refReader, type RefReading } from './refNumber';
import type { RuleContext } from './rule';

/**
 * What several rules of one run need about the plan as a whole, worked out once: the ids of actions
 * that have children, and each distinct ref read once.
 *
 * @example
 * const { parents, readRef } = runIndex(context);
 * parents.has('action-20'); // true: milestone 20.1 sits under it
 */
export interface RunIndex {
  parents: ReadonlySet<string>;
  readRef: (ref: string) => RefReading;
}

// One index per rule context: validatePlan makes one context per run, so nothing outlives the run.
const indexes = new WeakMap<RuleContext, RunIndex>();

/**
 * The index of the run a rule context belongs to, built the first time a rule asks.
 *
 * @example
 * runIndex(context).readRef('20.1').series; // '|20'
 */
export function runIndex(context: RuleContext): RunIndex {
  let index = indexes.get(context);
  if (index === undefined) {
    const parents = new Set<string>();
    for (const action of context.plan.actions) if (action.parentId !== null) parents.add(action.parentId);
    index = { parents, readRef: refReader() };
    indexes.set(context, index);
  }
  return index;
}
