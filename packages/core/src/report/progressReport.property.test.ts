import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/create';
import type { Action, RagLevelId } from '../model/plan';
import { builtInSchemes, findLevel, ordinaryLevels, type RagScheme } from '../rag/index';
import { groupMembers } from './groupMembers';
import { buildProgressReport, type LevelCount, type RatedAction } from './progressReport';

// buildProgressReport finds group members and their ratings by position through one action tree,
// counts levels per group in arrays and sorts exceptions on keys worked out once. These are the
// straightforward versions it replaced (members by id, ratings through a map by id, a map of counts
// per group, severities looked up in the comparison), kept as the reference it must agree with.

function naiveCountLevels(rated: readonly RatedAction[], scheme: RagScheme): LevelCount[] {
  const counts = new Map<RagLevelId | null, LevelCount>();
  const countOf = (level: RagLevelId | null): LevelCount => {
    let count = counts.get(level);
    if (count === undefined) {
      count = { level, label: level === null ? 'Not rated' : (findLevel(scheme, level)?.label ?? level), reported: 0, derived: 0 };
      counts.set(level, count);
    }
    return count;
  };
  for (const level of scheme.levels) countOf(level.id);
  countOf(null);
  for (const r of rated) {
    countOf(r.reported.level).reported += 1;
    countOf(r.derived.level).derived += 1;
  }
  return [...counts.values()];
}

function naiveGroups(actions: readonly Action[], ratings: readonly RatedAction[], scheme: RagScheme, groupsOf: (action: Action) => readonly (string | null)[]) {
  const byId = new Map(actions.map((action, index) => [action.id, ratings[index]!]));
  const members = groupMembers(actions, groupsOf);
  return (id: string) => {
    const rated = (members.get(id) ?? []).map((action) => byId.get(action.id)!);
    return { actionCount: rated.length, counts: naiveCountLevels(rated, scheme) };
  };
}

function naiveExceptionOrder(ratings: readonly RatedAction[], comments: ReadonlyArray<string | null>, scheme: RagScheme): string[] {
  const [onTrack, ...worse] = ordinaryLevels(scheme);
  const isException = (id: RagLevelId | null) => onTrack !== undefined && worse.some((level) => level.id === id && level.severity > onTrack.severity);
  const severity = (id: RagLevelId | null) => findLevel(scheme, id)?.severity ?? -1;
  const worst = (r: RatedAction) => Math.max(severity(r.derived.level), severity(r.reported.level));
  return ratings
    .map((rated, index) => ({ rated, index }))
    .filter(({ rated }) => isException(rated.derived.level) || isException(rated.reported.level))
    .sort((a, b) => worst(b.rated) - worst(a.rated))
    .map(({ rated, index }) => `${rated.action.id}#${index}:${isException(rated.derived.level) ? rated.reason : `Reported ${rated.reported.label}: ${comments[index] ?? ''}`}`);
}

const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];

describe('buildProgressReport against its straightforward version', () => {
  it('gives the same group counts and exceptions on any plan: repeated ids, loops, children before parents', () => {
    const plans = fc.constantFrom(...Object.values(builtInSchemes)).chain((scheme) =>
      fc.tuple(
        fc.constant(scheme),
        fc.array(
          fc.record({
            id: fc.constantFrom(...ids),
            parentId: fc.constantFrom(null, null, 'a1', 'a2', 'a4', 'gone'),
            sectionId: fc.constantFrom(null, 's1', 's2', 'gone'),
            recommendationIds: fc.array(fc.constantFrom('r1', 'r2', 'rx'), { maxLength: 3 }),
            rag: fc.oneof(fc.constantFrom(...scheme.levels.map((level) => level.id)), fc.constantFrom(null, 'purple')),
            due: fc.constantFrom(null, '2017-02', '2017-04-30', '2017-05-15', '2017-07', '2017-02-30'),
            comments: fc.constantFrom(null, 'done', 'Not yet consistently embedded across all workers.', ' '),
          }),
          { maxLength: 12 },
        ),
        fc.constantFrom('2017-04-30', '2017-06-01'),
      ),
    );
    fc.assert(
      fc.property(plans, ([scheme, drawn, asOf]) => {
        const plan = createPlan({
          id: 'p',
          title: 'Random plan',
          ragScheme: scheme.id,
          sections: ['s1', 's2', 's1'].map((id) => ({ id, kind: 'theme' as const, title: id, parentId: null, aims: [] })),
          recommendations: ['r1', 'r2', 'r1'].map((id) => ({
            id, code: id, inspectionId: null, sectionId: 's1', text: id, timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
          })),
          actions: drawn.map((fields) => createAction({ ...fields, title: `Action ${fields.id}` })),
        });
        const report = buildProgressReport(plan, { asOf });
        const sections = naiveGroups(plan.actions, report.ratings, scheme, (action) => [action.sectionId]);
        const recommendations = naiveGroups(plan.actions, report.ratings, scheme, (action) => action.recommendationIds);
        expect(report.sections.map(({ id, actionCount, counts }) => ({ id, actionCount, counts }))).toEqual(
          plan.sections.map((section) => ({ id: section.id, ...sections(section.id) })),
        );
        expect(report.recommendations.map(({ id, actionCount, counts }) => ({ id, actionCount, counts }))).toEqual(
          plan.recommendations.map((recommendation) => ({ id: recommendation.id, ...recommendations(recommendation.id) })),
        );
        expect(report.counts).toEqual(naiveCountLevels(report.ratings, scheme));
        const comments = plan.actions.map((action) => (action.comments === null || action.comments.trim() === '' ? 'no comment given' : action.comments));
        const order = report.exceptions.map((item) => `${item.action.id}#${report.ratings.findIndex((r) => r.action === item.action)}:${item.exceptionReason}`);
        expect(order).toEqual(naiveExceptionOrder(report.ratings, comments, scheme));
      }),
      { numRuns: 500 },
    );
  });
});
