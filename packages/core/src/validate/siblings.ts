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
export function numberingGroups(
  plan: Plan,
  options: { perRecommendation: boolean },
  actionsById?: ReadonlyMap<string, Action>,
): NumberingGroup[] {
  const groups = new Map<string, NumberingGroup>();
  const lookup: Lookup = { actions: actionsById ?? byId(plan.actions), recommendations: byId(plan.recommendations), sections: byId(plan.sections) };
  plan.actions.forEach((action, index) => {
    const series = seriesOf(lookup, action, options.perRecommendation);
    let group = groups.get(series.key);
    if (group === undefined) {
      // The words are built once per series, not once per action.
      group = { where: series.where(), members: [] };
      groups.set(series.key, group);
    }
    group.members.push({ action, index });
  });
  return [...groups.values()];
}

interface Lookup {
  actions: ReadonlyMap<string, Action>;
  recommendations: Map<string, Recommendation>;
  sections: Map<string, Section>;
}

function seriesOf(lookup: Lookup, action: Action, perRecommendation: boolean): { key: string; where: () => string } {
  const { parentId, sectionId, recommendationIds } = action;
  if (parentId !== null) {
    const parent = lookup.actions.get(parentId);
    return { key: `parent:${parentId}`, where: () => (parent === undefined ? 'under the same parent' : `under ${describeAction(parent)}`) };
  }
  if (perRecommendation && recommendationIds.length > 0) {
    const ids = recommendationIds.length === 1 ? recommendationIds : [...recommendationIds].sort();
    return { key: `section:${sectionId ?? ''}|recommendations:${ids.join('+')}`, where: () => `under ${describeRecommendations(lookup.recommendations, ids)}` };
  }
  if (sectionId !== null) {
    const section = lookup.sections.get(sectionId);
    return { key: `section:${sectionId}`, where: () => (section === undefined ? 'in the same section' : `in section "${section.title}"`) };
  }
  return { key: 'plan', where: () => 'in the plan' };
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
