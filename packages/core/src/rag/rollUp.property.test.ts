import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/create';
import type { Action, Plan, RagLevelId } from '../model/plan';
import { builtInSchemes } from './builtInSchemes';
import { rollUp, type RollUpMethod } from './rollUp';
import { rollUpPlan, type PlanRollUp } from './rollUpPlan';
import type { RagLevel, RagScheme } from './scheme';

// rollUp and rollUpPlan tally ratings one at a time and walk the plan by position; these are the
// straightforward versions they replaced (lists of levels, a set of visited ids per walk), kept as
// the reference they must agree with.

function naiveRollUp(levels: Iterable<RagLevelId | null | undefined>, scheme: RagScheme, method: RollUpMethod = 'worst'): RagLevelId | null {
  const byId = new Map(scheme.levels.map((level) => [level.id, level]));
  const known = [...levels].map((id) => (id == null ? undefined : byId.get(id))).filter((level) => level !== undefined);
  const rated = known.filter((level) => !level.noData);
  if (rated.length === 0) return known[0]?.id ?? null;
  if (method === 'majority') {
    const counts = new Map<RagLevel, number>();
    for (const level of rated) counts.set(level, (counts.get(level) ?? 0) + 1);
    return [...counts].sort(([a, x], [b, y]) => y - x || b.severity - a.severity)[0]![0].id;
  }
  let chosen = rated[0]!;
  for (const level of rated) if (method === 'best' ? level.severity < chosen.severity : level.severity >= chosen.severity) chosen = level;
  return chosen.id;
}

function naiveRollUpPlan(plan: Plan, ratingOf: (action: Action) => RagLevelId | null, scheme: RagScheme, method: RollUpMethod): PlanRollUp {
  const roll = (levels: Array<RagLevelId | null>) => naiveRollUp(levels, scheme, method);
  const rating = new Map(plan.actions.map((action) => [action.id, ratingOf(action)]));
  const childrenOf = (id: string) => plan.actions.filter((action) => action.parentId === id);
  const levelsOf = (actions: readonly Action[]) => {
    const seen = new Set<string>();
    const levels: Array<RagLevelId | null> = [];
    const visit = (action: Action): void => {
      if (seen.has(action.id)) return;
      seen.add(action.id);
      levels.push(rating.get(action.id) ?? null);
      for (const child of childrenOf(action.id)) visit(child);
    };
    for (const action of actions) visit(action);
    return levels;
  };
  const recommendations: Record<string, RagLevelId | null> = {};
  for (const recommendation of plan.recommendations) {
    recommendations[recommendation.id] = roll(levelsOf(plan.actions.filter((action) => action.recommendationIds.includes(recommendation.id))));
  }
  const answersNone = (action: Action, ids: string[]) => !action.recommendationIds.some((id) => ids.includes(id));
  const sections: Record<string, RagLevelId | null> = {};
  const rollSection = (id: string, path: string[]): RagLevelId | null => {
    if (id in sections) return sections[id] ?? null;
    if (path.includes(id)) return null;
    path.push(id);
    const own = plan.recommendations.filter((recommendation) => recommendation.sectionId === id);
    const ownIds = own.map((recommendation) => recommendation.id);
    const direct = plan.actions.filter((action) => action.parentId === null && action.sectionId === id && answersNone(action, ownIds));
    const level = roll([
      ...own.map((recommendation) => recommendations[recommendation.id] ?? null),
      ...plan.sections.filter((section) => section.parentId === id).map((section) => rollSection(section.id, path)),
      ...levelsOf(direct),
    ]);
    sections[id] = level;
    return level;
  };
  for (const section of plan.sections) rollSection(section.id, []);
  const sectionIds = plan.sections.map((section) => section.id);
  const outside = (sectionId: string | null) => sectionId === null || !sectionIds.includes(sectionId);
  const allRecommendations = plan.recommendations.map((recommendation) => recommendation.id);
  const loose = plan.actions.filter((action) => action.parentId === null && outside(action.sectionId) && answersNone(action, allRecommendations));
  const planLevel = roll([
    ...plan.sections.filter((section) => outside(section.parentId)).map((section) => sections[section.id] ?? null),
    ...plan.recommendations.filter((recommendation) => outside(recommendation.sectionId)).map((recommendation) => recommendations[recommendation.id] ?? null),
    ...levelsOf(loose),
  ]);
  return { recommendations, sections, plan: planLevel };
}

// Built-in schemes, and one whose levels tie on severity, where order decides the worst and the best.
const tied: RagScheme = {
  id: 'tied',
  name: 'Tied',
  levels: [
    { id: 'green', label: 'Green', meaning: '', colour: '00B050', severity: 1, complete: false, aliases: [] },
    { id: 'lime', label: 'Lime', meaning: '', colour: '92D050', severity: 1, complete: false, aliases: [] },
    { id: 'red', label: 'Red', meaning: '', colour: 'FF0000', severity: 3, complete: false, aliases: [] },
    { id: 'grey', label: 'Grey', meaning: '', colour: 'BFBFBF', severity: 9, complete: false, noData: true, aliases: [] },
  ],
};
const schemes = [...Object.values(builtInSchemes), tied];
const methods = fc.constantFrom<RollUpMethod>('worst', 'best', 'majority');
const levelIds = (scheme: RagScheme) => fc.oneof(fc.constantFrom(...scheme.levels.map((level) => level.id)), fc.constantFrom(null, 'purple'));

describe('roll-ups against their straightforward versions', () => {
  it('rollUp gives what the list-based roll-up gives, for any levels and method', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...schemes).chain((scheme) => fc.tuple(fc.constant(scheme), fc.array(levelIds(scheme), { maxLength: 12 }), methods)),
        ([scheme, levels, method]) => {
          expect(rollUp(levels, scheme, method)).toBe(naiveRollUp(levels, scheme, method));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rollUpPlan gives the same roll-ups on any plan: repeated ids, loops, missing parents, nested and looping sections', () => {
    const plans = fc.constantFrom(...schemes).chain((scheme) =>
      fc.tuple(
        fc.constant(scheme),
        methods,
        fc.array(
          fc.record({
            id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'),
            parentId: fc.constantFrom(null, null, 'a1', 'a2', 'a3', 'gone'),
            sectionId: fc.constantFrom(null, 's1', 's2', 's3', 'gone'),
            recommendationIds: fc.array(fc.constantFrom('r1', 'r2', 'r3', 'rx'), { maxLength: 3 }),
            rag: levelIds(scheme),
          }),
          { maxLength: 14 },
        ),
        fc.array(fc.constantFrom(null, 's1', 's2', 's3', 'gone'), { minLength: 3, maxLength: 3 }),
        fc.array(fc.constantFrom(null, 's1', 's2', 'gone'), { minLength: 3, maxLength: 3 }),
      ),
    );
    fc.assert(
      fc.property(plans, ([scheme, method, drawn, sectionParents, recommendationSections]) => {
        const plan = createPlan({
          id: 'p',
          title: 'Random plan',
          sections: ['s1', 's2', 's3'].map((id, i) => ({ id, kind: 'theme' as const, title: id, parentId: sectionParents[i] ?? null, aims: [] })),
          recommendations: ['r1', 'r2', 'r3'].map((id, i) => ({
            id, code: id, inspectionId: null, sectionId: recommendationSections[i] ?? null, text: '', timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
          })),
          actions: drawn.map((fields) => createAction(fields)),
        });
        const calls: string[] = [];
        const ratingOf = (action: Action) => {
          calls.push(action.id);
          return action.rag;
        };
        const expected = naiveRollUpPlan(plan, (action) => action.rag, scheme, method);
        expect(rollUpPlan(plan, ratingOf, scheme, method)).toEqual(expected);
        // Each action is rated once, in plan order.
        expect(calls).toEqual(plan.actions.map((action) => action.id));
      }),
      { numRuns: 1000 },
    );
  });
});
