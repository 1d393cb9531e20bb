import type { Action, Plan, Recommendation, Section } from '../model/index';
import { byId } from './byId';
import { describeAction, describeRecommendations } from './describe';

/**
 * Actions numbered in one series, and how a message names where that series lives. `actions` and
 * `indexes` run in parallel: each member and its index in `plan.actions`, so findings can point at it.
 */
export interface NumberingGroup {
  /** `under action 20`, `under recommendation S7`, `in section "Quality Assurance…"`, `in the plan`. */
  where: string;
  actions: Action[];
  indexes: number[];
}

/**
 * Splits a plan's actions into the series their refs number: the children of one action; at the
 * top level, the actions of one section. With `perRecommendation`, top-level actions also split by
 * the recommendations they answer, because seed 004 restarts `(1)`, `(2)`… under each recommendation
 * while seed 000's actions 1–23 cite recommendations freely; duplicates are judged per
 * recommendation, gaps per section. Groups come in the order of their first member.
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
  const groups: NumberingGroup[] = [];
  // One map per kind of series, keyed by the id itself: no key string is built for most actions.
  const byParent = new Map<string, NumberingGroup>();
  const bySection = new Map<string | null, NumberingGroup>();
  const byRecommendations = new Map<string, NumberingGroup>();
  const lookup: Lookup = { actions: actionsById ?? byId(plan.actions), recommendations: undefined, sections: undefined, plan };
  const { actions } = plan;
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    const { parentId, sectionId, recommendationIds } = action;
    let map: Map<string | null, NumberingGroup>;
    let key: string | null;
    if (parentId !== null) [map, key] = [byParent as Map<string | null, NumberingGroup>, parentId];
    else if (options.perRecommendation && recommendationIds.length > 0) [map, key] = [byRecommendations as Map<string | null, NumberingGroup>, recommendationsKey(sectionId, recommendationIds)];
    else [map, key] = [bySection, sectionId];
    let group = map.get(key);
    if (group === undefined) {
      // The words are built once per series, not once per action.
      group = { where: whereOf(lookup, action, map === byRecommendations), actions: [], indexes: [] };
      map.set(key, group);
      groups.push(group);
    }
    group.actions.push(action);
    group.indexes.push(index);
  }
  return groups;
}

interface Lookup {
  plan: Plan;
  actions: ReadonlyMap<string, Action>;
  recommendations: Map<string, Recommendation> | undefined;
  sections: Map<string, Section> | undefined;
}

function recommendationsKey(sectionId: string | null, ids: readonly string[]): string {
  const sorted = ids.length === 1 ? ids : [...ids].sort();
  return `${sectionId ?? ''}|${sorted.join('+')}`;
}

function whereOf(lookup: Lookup, action: Action, perRecommendation: boolean): string {
  const { parentId, sectionId, recommendationIds } = action;
  if (parentId !== null) {
    const parent = lookup.actions.get(parentId);
    return parent === undefined ? 'under the same parent' : `under ${describeAction(parent)}`;
  }
  if (perRecommendation) {
    lookup.recommendations ??= byId(lookup.plan.recommendations);
    const ids = recommendationIds.length === 1 ? recommendationIds : [...recommendationIds].sort();
    return `under ${describeRecommendations(lookup.recommendations, ids)}`;
  }
  if (sectionId !== null) {
    lookup.sections ??= byId(lookup.plan.sections);
    const section = lookup.sections.get(sectionId);
    return section === undefined ? 'in the same section' : `in section "${section.title}"`;
  }
  return 'in the plan';
}
