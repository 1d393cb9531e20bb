import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Recommendation } from '../../model/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { recommendationWithoutAction } from './recommendationWithoutAction';
import { unknownRecommendation } from './unknownRecommendation';

function recommendation(id: string, code: string | null, text: string): Recommendation {
  return { id, code, inspectionId: 'ofsted-2012', sectionId: null, text, timescale: 'Within 3 months', due: null, paragraphRefs: [], outcomes: [], source: null };
}

// Seed 004: S1 lost its actions (1)–(8) to a page break; S7 kept its own.
const s1 = {
  ...recommendation('s1', 'S1', 'Ensure processes and thresholds for considering and if necessary instigating legal action are understood'),
  source: { sheet: 'Part 1', row: 8, cells: { code: 'A8', text: 'A8' } },
};
const s7 = recommendation('s7', 'S7', 'Ensure supervision processes provide sufficient reflection and challenge');

const context = (plan: RuleContext['plan']): RuleContext => ({ plan, asOf: '2012-09-30', scheme: undefined, staleDays: 60, facts: planFacts(plan.actions) });

describe('recommendation-without-action', () => {
  it('reports seed 004 S1, which no action answers', () => {
    const plan = createPlan({
      id: 'harrow-2012',
      title: 'Improvement Development Plan',
      recommendations: [s1, s7],
      actions: [createAction({ id: 's7-1', ref: '(1)', title: "Review and implement Children's Services supervision policy", recommendationIds: ['s7'] })],
    });
    expect(recommendationWithoutAction.check(context(plan))).toEqual([
      { message: 'Recommendation S1 has no action.', path: ['recommendations', 0, 'text'], ref: 'S1', sheet: 'Part 1', cell: 'A8' },
    ]);
  });

  it('names a recommendation by its code as written (000 "Rec 8") or else by its text (003)', () => {
    const plan = createPlan({
      id: 'p',
      title: 'p',
      recommendations: [
        recommendation('r8', 'Rec 8', 'Ensure that the quality of all case recording consistently matches best practice'),
        recommendation('p55', null, 'Ensure that Pathway Plans are shared with care leavers (Paragraph 55)'),
      ],
    });
    expect(recommendationWithoutAction.check(context(plan)).map((issue) => issue.message)).toEqual([
      'Rec 8 has no action.',
      'The recommendation "Ensure that Pathway Plans are shared with care…" has no action.',
    ]);
  });
});

describe('unknown-recommendation', () => {
  it('reports an action citing a recommendation the plan does not hold (seed 000 cites CQC Rec 3)', () => {
    const plan = createPlan({
      id: 'haringey-2011',
      title: 'Milestone Report May 2011',
      recommendations: [s7],
      actions: [
        createAction({
          id: 'm20.2',
          kind: 'milestone',
          ref: '20.2',
          title: 'Care pathway reviewed with compliance audits against it (CQC Rec 3)',
          recommendationIds: ['cqc-rec-3'],
          source: { sheet: 'Milestones', row: 34, cells: { recommendationIds: 'B34' } },
        }),
      ],
    });
    expect(unknownRecommendation.check(context(plan))).toEqual([
      {
        message: 'Milestone 20.2 cites recommendation "cqc-rec-3", which is not in the plan.',
        path: ['actions', 0, 'recommendationIds', 0],
        ref: '20.2',
        sheet: 'Milestones',
        cell: 'B34',
      },
    ]);
  });
});
