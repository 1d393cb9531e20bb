import type { Action, Plan, Recommendation, Section } from '../model/index';
import { byId } from './byId';
import { describeAction, describeRecommendations } from './describe';

/** An action and its index in `plan.actions`, so findings can point at it. */
export interface IndexedAction {
  action: Action;
  index: number;
}

/** Actions numbered in one series, and how a message names where that series lives. */
export interface NumberingGroup {
  /** `under action 20`, `under recommendation S7`, `in section "Quality Assurance…"`, `in the plan`. */
  where: string;
  members: IndexedAction[];
}

/**
 * Splits a plan's actions into the series their refs number: the children of one action; at the
 * top level, the actions of one section. With `perRecommendation`, top-level actions also split by
 * the recommendations they answer, because seed 004 restarts `(1)`, `(2)`… under each recommendation
 * while seed 000's actions 1–23 cite recommendations freely; duplicates are judged per
 * recommendation, gaps per section.
 *
 * @example
 * numberingGroups(plan, { perRecommendation: true }).map((group) => group.where);
 * // ['under action 20', 'under recommendation S7', 'under recommendation LAC4']
 */
export function numberingGroups(plan: Plan, options: { perRecommendation: boolean }): NumberingGroup[] {
  const groups = new Map<string, NumberingGroup>();
  const lookup: Lookup = { actions: byId(plan.actions), recommendations: byId(plan.recommendations), sections: byId(plan.sections) };
  plan.actions.forEach((action, index) => {
    const { key, where } = seriesOf(lookup, action, options.perRecommendation);
    const group = groups.get(key) ?? { where, members: [] };
    group.members.push({ action, index });
    groups.set(key, group);
  });
  return [...groups.values()];
}

interface Lookup {
  actions: Map<string, Action>;
  recommendations: Map<string, Recommendation>;
  sections: Map<string, Section>;
}

function seriesOf(lookup: Lookup, action: Action, perRecommendation: boolean): { key: string; where: string } {
  if (action.parentId !== null) {
    const parent = lookup.actions.get(action.parentId);
    return { key: `parent:${action.parentId}`, where: parent === undefined ? 'under the same parent' : `under ${describeAction(parent)}` };
  }
  if (perRecommendation && action.recommendationIds.length > 0) {
    const ids = [...action.recommendationIds].sort();
    return { key: `section:${action.sectionId ?? ''}|recommendations:${ids.join('+')}`, where: `under ${describeRecommendations(lookup.recommendations, ids)}` };
  }
  if (action.sectionId !== null) {
    const section = lookup.sections.get(action.sectionId);
    return { key: `section:${action.sectionId}`, where: section === undefined ? 'in the same section' : `in section "${section.title}"` };
  }
  return { key: 'plan', where: 'in the plan' };
}

/**
 * The ids of actions that have milestones or sub-actions under them. Such an action takes its lead,
 * dates and progress from its children (seed 000 gives them only to milestones), so the rules that
 * want those fields ask them of leaves only.
 *
 * @example
 * parentIds(plan).has('action-20'); // true: milestone 20.1 sits under it
 */
export function parentIds(plan: Plan): Set<string> {
  return new Set(plan.actions.flatMap((action) => (action.parentId === null ? [] : [action.parentId])));
}
