import type { Action, Plan, RagLevelId } from '../model/plan';
import { rollUp, type RollUpMethod } from './rollUp';
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
  const roll = (levels: Iterable<RagLevelId | null>) => rollUp(levels, scheme, method);
  const rating = new Map(plan.actions.map((action) => [action.id, ratingOf(action)]));
  const children = groupBy(plan.actions, (action) => action.parentId);
  // An action, then its milestones and sub-actions, depth first; each once, whatever loops the ids make.
  const levelsOf = (actions: readonly Action[]) => {
    const seen = new Set<string>();
    const levels: Array<RagLevelId | null> = [];
    const visit = (action: Action): void => {
      if (seen.has(action.id)) return;
      seen.add(action.id);
      levels.push(rating.get(action.id) ?? null);
      for (const child of children.get(action.id) ?? []) visit(child);
    };
    for (const action of actions) visit(action);
    return levels;
  };

  // Each list is indexed once, so the roll-up stays linear in the size of the plan.
  const citing = new Map<string, Action[]>();
  for (const action of plan.actions) {
    const ids = action.recommendationIds;
    for (const id of ids.length < 2 ? ids : new Set(ids)) push(citing, id, action);
  }
  const recommendations: Record<string, RagLevelId | null> = {};
  for (const recommendation of plan.recommendations) {
    recommendations[recommendation.id] = roll(levelsOf(citing.get(recommendation.id) ?? []));
  }

  const recommendationIds = new Set(plan.recommendations.map((recommendation) => recommendation.id));
  const answersNone = (action: Action, within: Set<string>) => !action.recommendationIds.some((id) => within.has(id));
  const sections: Record<string, RagLevelId | null> = {};
  const subSections = groupBy(plan.sections, (section) => section.parentId);
  const recommendationsIn = groupBy(plan.recommendations, (recommendation) => recommendation.sectionId);
  const topLevelIn = groupBy(
    plan.actions.filter((action) => action.parentId === null),
    (action) => action.sectionId,
  );
  const rollSection = (id: string, path: Set<string>): RagLevelId | null => {
    if (id in sections) return sections[id] ?? null;
    if (path.has(id)) return null;
    path.add(id);
    const own = recommendationsIn.get(id) ?? [];
    const ownIds = new Set(own.map((recommendation) => recommendation.id));
    const direct = (topLevelIn.get(id) ?? []).filter((action) => answersNone(action, ownIds));
    const level = roll([
      ...own.map((recommendation) => recommendations[recommendation.id] ?? null),
      ...(subSections.get(id) ?? []).map((section) => rollSection(section.id, path)),
      ...levelsOf(direct),
    ]);
    sections[id] = level;
    return level;
  };
  for (const section of plan.sections) rollSection(section.id, new Set());

  const sectionIds = new Set(plan.sections.map((section) => section.id));
  const outside = (sectionId: string | null) => sectionId === null || !sectionIds.has(sectionId);
  const loose = plan.actions.filter((action) => action.parentId === null && outside(action.sectionId) && answersNone(action, recommendationIds));
  const planLevel = roll([
    ...plan.sections.filter((section) => outside(section.parentId)).map((section) => sections[section.id] ?? null),
    ...plan.recommendations.filter((recommendation) => outside(recommendation.sectionId)).map((recommendation) => recommendations[recommendation.id] ?? null),
    ...levelsOf(loose),
  ]);
  return { recommendations, sections, plan: planLevel };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) push(groups, k, item);
  }
  return groups;
}

function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}
