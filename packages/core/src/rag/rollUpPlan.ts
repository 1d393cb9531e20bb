import type { Action, Plan, RagLevelId } from '../model/plan';
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
  const { actions } = plan;
  const tree = actionTree(actions, ratingOf);
  const roll = (add: (tally: RollUpTally) => void): RagLevelId | null => {
    const tally = new RollUpTally(scheme, method);
    add(tally);
    return tally.result();
  };

  // Each list is indexed once, so the roll-up stays linear in the size of the plan.
  const citing = new Map<string, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const ids = actions[index]!.recommendationIds;
    for (const id of ids.length < 2 ? ids : new Set(ids)) push(citing, id, index);
  }
  const recommendations: Record<string, RagLevelId | null> = {};
  for (const recommendation of plan.recommendations) {
    recommendations[recommendation.id] = roll((tally) => tree.addAll(citing.get(recommendation.id) ?? [], tally));
  }

  const recommendationIds = new Set(plan.recommendations.map((recommendation) => recommendation.id));
  const answersNone = (action: Action, within: Set<string>) => !action.recommendationIds.some((id) => within.has(id));
  const sections: Record<string, RagLevelId | null> = {};
  const subSections = groupBy(plan.sections, (section) => section.parentId);
  const recommendationsIn = groupBy(plan.recommendations, (recommendation) => recommendation.sectionId);
  const topLevelIn = new Map<string, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const { parentId, sectionId } = actions[index]!;
    if (parentId === null && sectionId !== null) push(topLevelIn, sectionId, index);
  }
  const rollSection = (id: string, path: Set<string>): RagLevelId | null => {
    if (id in sections) return sections[id] ?? null;
    if (path.has(id)) return null;
    path.add(id);
    const own = recommendationsIn.get(id) ?? [];
    const ownIds = new Set(own.map((recommendation) => recommendation.id));
    const direct = (topLevelIn.get(id) ?? []).filter((index) => answersNone(actions[index]!, ownIds));
    const level = roll((tally) => {
      for (const recommendation of own) tally.add(recommendations[recommendation.id] ?? null);
      for (const section of subSections.get(id) ?? []) tally.add(rollSection(section.id, path));
      tree.addAll(direct, tally);
    });
    sections[id] = level;
    return level;
  };
  for (const section of plan.sections) rollSection(section.id, new Set());

  const sectionIds = new Set(plan.sections.map((section) => section.id));
  const outside = (sectionId: string | null) => sectionId === null || !sectionIds.has(sectionId);
  const loose: number[] = [];
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    if (action.parentId === null && outside(action.sectionId) && answersNone(action, recommendationIds)) loose.push(index);
  }
  const planLevel = roll((tally) => {
    for (const section of plan.sections) if (outside(section.parentId)) tally.add(sections[section.id] ?? null);
    for (const recommendation of plan.recommendations) if (outside(recommendation.sectionId)) tally.add(recommendations[recommendation.id] ?? null);
    tree.addAll(loose, tally);
  });
  return { recommendations, sections, plan: planLevel };
}

/**
 * The actions as a tree of positions: one rating per id (the last action holding an id rates it, as
 * a map by id would), the children of each id in plan order, and a stamp per id so that a walk
 * visits each id once without a set of its own (the plan is walked once per recommendation).
 */
interface ActionTree {
  /** Adds the ratings of these actions and, depth first, of their milestones and sub-actions; each id once, whatever loops the ids make. */
  addAll(indexes: readonly number[], tally: RollUpTally): void;
}

function actionTree(actions: readonly Action[], ratingOf: (action: Action) => RagLevelId | null): ActionTree {
  const last = new Map<string, number>();
  const ratings = new Array<RagLevelId | null>(actions.length);
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    ratings[index] = ratingOf(action);
    last.set(action.id, index);
  }
  // Every position stands for its id's last position: that is where the id's rating, children and stamp live.
  const holder = new Int32Array(actions.length);
  const children = new Map<number, number[]>();
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    holder[index] = last.get(action.id)!;
    const parent = action.parentId === null ? undefined : last.get(action.parentId);
    if (parent !== undefined) push(children, parent, index);
  }
  const stamps = new Int32Array(actions.length);
  let walk = 0;
  const visit = (index: number, tally: RollUpTally): void => {
    const id = holder[index]!;
    if (stamps[id] === walk) return;
    stamps[id] = walk;
    tally.add(ratings[id] ?? null);
    for (const child of children.get(id) ?? []) visit(child, tally);
  };
  return {
    addAll(indexes, tally) {
      walk += 1;
      for (const index of indexes) visit(index, tally);
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
