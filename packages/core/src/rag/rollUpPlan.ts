import type { Action, Plan, RagLevelId } from '../model/plan';
import { actionTree, type ActionTree } from './actionTree';
import { RollUpTally, type RollUpMethod } from './rollUp';
import type { RagScheme } from './scheme';

/**
 * Ratings rolled up to each recommendation, each section and the whole plan (null: nothing rated).
 *
 * @example
 * const { plan: overall }: PlanRollUp = rollUpPlan(plan, (action) => action.rag, ragScheme); // 'amber'
 */
export interface PlanRollUp {
  recommendations: Record<string, RagLevelId | null>;
  sections: Record<string, RagLevelId | null>;
  plan: RagLevelId | null;
}

/**
 * Rolls action ratings up the plan. A recommendation takes its actions (those that cite it) and
 * their milestones and sub-actions; a section takes its recommendations, its sub-sections and the
 * actions filed directly under it that answer none of its recommendations; the plan takes its
 * top-level sections and whatever sits outside every section. `ratingOf` says how an action is
 * rated: the reported RAG, or a derived one.
 *
 * @example
 * const ratings = rollUpPlan(plan, (action) => action.rag, ragScheme);
 * ratings.recommendations['rec-1']; // 'amber'
 * rollUpPlan(plan, (action) => deriveRag(action, { asOf: '2017-04-30', scheme }).level, scheme, 'majority');
 */
export function rollUpPlan(
  plan: Plan,
  ratingOf: (action: Action) => RagLevelId | null,
  scheme: RagScheme,
  method: RollUpMethod = 'worst',
): PlanRollUp {
  const ratings = plan.actions.map((action) => ratingOf(action));
  return planRollUpShape(plan).rollUp(ratings, scheme, method);
}

/**
 * What a roll-up needs of a plan's structure, apart from the ratings: built once, it rolls up any
 * number of ratings of the same plan (a report rolls up the reported and the derived ones).
 *
 * @example
 * const shape = planRollUpShape(plan);
 * shape.rollUp(plan.actions.map((action) => action.rag), ragScheme, 'worst').plan; // 'amber'
 */
export interface PlanRollUpShape {
  /** Rolls up ratings given by position in `plan.actions`, as {@link rollUpPlan} does. */
  rollUp(ratings: ReadonlyArray<RagLevelId | null>, scheme: RagScheme, method: RollUpMethod): PlanRollUp;
}

/**
 * The structure of a plan for roll-ups (see {@link PlanRollUpShape}); pass the plan's
 * {@link ActionTree} when one is at hand. Every list is indexed once, so roll-ups stay linear in
 * the size of the plan. Build a new one after editing the plan.
 *
 * @example
 * planRollUpShape(plan, actionTree(plan.actions)).rollUp(derivedLevels, ragScheme, 'worst');
 */
export function planRollUpShape(plan: Plan, tree: ActionTree = actionTree(plan.actions)): PlanRollUpShape {
  const { actions } = plan;
  const citing = new Map<string, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const ids = actions[index]!.recommendationIds;
    for (const id of ids.length < 2 ? ids : new Set(ids)) push(citing, id, index);
  }
  const recommendationIds = new Set(plan.recommendations.map((recommendation) => recommendation.id));
  const answersNone = (action: Action, within: Set<string>) => !action.recommendationIds.some((id) => within.has(id));
  const subSections = groupBy(plan.sections, (section) => section.parentId);
  const recommendationsIn = groupBy(plan.recommendations, (recommendation) => recommendation.sectionId);
  const topLevelIn = new Map<string, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const { parentId, sectionId } = actions[index]!;
    if (parentId === null && sectionId !== null) push(topLevelIn, sectionId, index);
  }
  // The actions filed directly under a section that answer none of its recommendations, per section.
  const directIn = new Map<string, number[]>();
  const direct = (id: string): number[] => {
    let found = directIn.get(id);
    if (found === undefined) {
      const ownIds = new Set((recommendationsIn.get(id) ?? []).map((recommendation) => recommendation.id));
      found = (topLevelIn.get(id) ?? []).filter((index) => answersNone(actions[index]!, ownIds));
      directIn.set(id, found);
    }
    return found;
  };
  const sectionIds = new Set(plan.sections.map((section) => section.id));
  const outside = (sectionId: string | null) => sectionId === null || !sectionIds.has(sectionId);
  const loose: number[] = [];
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    if (action.parentId === null && outside(action.sectionId) && answersNone(action, recommendationIds)) loose.push(index);
  }

  return {
    rollUp(ratings, scheme, method) {
      const roll = (add: (tally: RollUpTally) => void): RagLevelId | null => {
        const tally = new RollUpTally(scheme, method);
        add(tally);
        return tally.result();
      };
      const addAll = (indexes: readonly number[], tally: RollUpTally): void => tree.walk(indexes, (holder) => tally.add(ratings[holder] ?? null));
      const recommendations: Record<string, RagLevelId | null> = {};
      for (const recommendation of plan.recommendations) {
        recommendations[recommendation.id] = roll((tally) => addAll(citing.get(recommendation.id) ?? [], tally));
      }
      const sections: Record<string, RagLevelId | null> = {};
      const rollSection = (id: string, path: Set<string>): RagLevelId | null => {
        if (id in sections) return sections[id] ?? null;
        if (path.has(id)) return null;
        path.add(id);
        const level = roll((tally) => {
          for (const recommendation of recommendationsIn.get(id) ?? []) tally.add(recommendations[recommendation.id] ?? null);
          for (const section of subSections.get(id) ?? []) tally.add(rollSection(section.id, path));
          addAll(direct(id), tally);
        });
        sections[id] = level;
        return level;
      };
      for (const section of plan.sections) rollSection(section.id, new Set());
      const planLevel = roll((tally) => {
        for (const section of plan.sections) if (outside(section.parentId)) tally.add(sections[section.id] ?? null);
        for (const recommendation of plan.recommendations) if (outside(recommendation.sectionId)) tally.add(recommendations[recommendation.id] ?? null);
        addAll(loose, tally);
      });
      return { recommendations, sections, plan: planLevel };
    },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) push(groups, k, item);
  }
  return groups;
}

function push<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}
