import type { Action, Plan, Recommendation, Section } from '../model/index';
import { byId } from './byId';
import { describeAction, describeRecommendations } from './describe';

/**
 * Actions numbered in one series, and how a message names where that series lives: each member by
 * its index in `plan.actions`, so findings can point at it.
 */
export interface NumberingGroup {
  /** `under action 20`, `under recommendation S7`, `in section "Quality Assurance…"`, `in the plan`. */
  where: string;
  indexes: number[];
}

/**
 * The numbering groups of a plan, both ways the rules split it: `perRecommendation` (for duplicates)
 * and `perSection` (for gaps). See {@link numberingGroups}.
 */
export interface NumberingGroups {
  perRecommendation: NumberingGroup[];
  perSection: NumberingGroup[];
}

/**
 * Splits a plan's actions into the series their refs number: the children of one action; at the
 * top level, the actions of one section. In `perRecommendation`, top-level actions also split by
 * the recommendations they answer, because seed 004 restarts `(1)`, `(2)`… under each recommendation
 * while seed 000's actions 1–23 cite recommendations freely; duplicates are judged per
 * recommendation, gaps per section. Groups come in the order of their first member. Both splittings
 * come from one pass over the actions, and share the groups of children. `actionsById` finds the
 * parents to name (a map holding at least every parent id); by default every action is mapped.
 *
 * @example
 * numberingGroups(plan).perRecommendation.map((group) => group.where);
 * // ['under action 20', 'under recommendation S7', 'under recommendation LAC4']
 */
export function numberingGroups(plan: Plan, actionsById?: () => ReadonlyMap<string, Action>): NumberingGroups {
  const perRecommendation: NumberingGroup[] = [];
  const perSection: NumberingGroup[] = [];
  // One map per kind of series, keyed by the ids themselves: no key string is built for most actions.
  const byParent = new Map<string, NumberingGroup>();
  const bySection = new Map<string | null, NumberingGroup>();
  const uncitedBySection = new Map<string | null, NumberingGroup>();
  const byRecommendation = new Map<string, Map<string, NumberingGroup>>();
  let parents: ReadonlyMap<string, Action> | undefined;
  // Looked up only to name the parent of each series of children.
  const parentsById = () => (parents ??= actionsById?.() ?? byId(plan.actions));
  const lookup: Lookup = { actions: parentsById, recommendations: undefined, sections: undefined, plan };
  const groupIn = <K>(map: Map<K, NumberingGroup>, key: K, action: Action, citing: boolean, list: NumberingGroup[], alsoIn?: NumberingGroup[]): NumberingGroup => {
    let group = map.get(key);
    if (group === undefined) {
      // The words are built once per series, not once per action.
      group = { where: whereOf(lookup, action, citing), indexes: [] };
      map.set(key, group);
      list.push(group);
      alsoIn?.push(group);
    }
    return group;
  };
  const { actions } = plan;
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    const { parentId, sectionId, recommendationIds } = action;
    if (parentId !== null) {
      groupIn(byParent, parentId, action, false, perRecommendation, perSection).indexes.push(index);
      continue;
    }
    groupIn(bySection, sectionId, action, false, perSection).indexes.push(index);
    if (recommendationIds.length === 0) {
      groupIn(uncitedBySection, sectionId, action, false, perRecommendation).indexes.push(index);
      continue;
    }
    let inSection = byRecommendation.get(sectionId ?? '');
    if (inSection === undefined) {
      inSection = new Map();
      byRecommendation.set(sectionId ?? '', inSection);
    }
    groupIn(inSection, recommendationsKey(recommendationIds), action, true, perRecommendation).indexes.push(index);
  }
  return { perRecommendation, perSection };
}

interface Lookup {
  plan: Plan;
  actions: () => ReadonlyMap<string, Action>;
  recommendations: Map<string, Recommendation> | undefined;
  sections: Map<string, Section> | undefined;
}

/** The recommendations an action answers, in any order: the one id itself, as most actions answer one. */
function recommendationsKey(ids: readonly string[]): string {
  return ids.length === 1 ? ids[0]! : [...ids].sort().join('+');
}

function whereOf(lookup: Lookup, action: Action, perRecommendation: boolean): string {
  const { parentId, sectionId, recommendationIds } = action;
  if (parentId !== null) {
    const parent = lookup.actions().get(parentId);
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
