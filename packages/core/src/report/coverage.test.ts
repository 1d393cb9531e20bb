import { describe, expect, it } from 'vitest';
import example from '../../../../examples/plans/col-2016.plan.json';
import { createAction } from '../model/create';
import { PlanSchema } from '../model/plan';
import { buildCoverage } from './coverage';
import { renderCoverage } from './renderCoverage';

const plan = PlanSchema.parse(example);

describe('buildCoverage', () => {
  it('lists each of seed 003\'s 15 recommendations with its actions and their state as at 30 April 2017', () => {
    const coverage = buildCoverage(plan);
    expect(coverage.recommendations.map((rec) => rec.actions.length)).toEqual([9, 5, 2, 4, 5, 4, 1, 1, 6, 2, 6, 3, 1, 3, 3]);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.unlinked).toEqual([]);
    const rec1 = coverage.recommendations[0]!;
    expect(rec1).toMatchObject({ code: 'Ofsted recommendation 1', reported: { label: 'Amber' }, derived: { label: 'Red' } });
    expect(rec1.actions[0]).toEqual({
      action: {
        id: 'act-1.1',
        ref: '1.1',
        title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
      },
      leads: ['RG'],
      due: '2017-02',
      dueText: 'Feb-17',
      status: null,
      reported: { level: 'amber', label: 'Amber' },
      derived: { level: 'red', label: 'Red' },
    });
  });

  it('finds a recommendation no action answers and an action that answers none; a milestone answers its parent\'s', () => {
    const edited = structuredClone(plan);
    edited.actions = edited.actions.filter((action) => !action.recommendationIds.includes('rec-13'));
    edited.actions.push(
      createAction({ id: 'loose', ref: '10.1', title: 'Refresh the Children in Care Council terms of reference' }),
      createAction({ id: 'ms', kind: 'milestone', ref: '1.1.1', parentId: 'act-1.1', title: 'MAPF review of the early help plan layout' }),
    );
    const coverage = buildCoverage(edited);
    expect(coverage.uncovered).toEqual([
      { id: 'rec-13', code: null, text: 'Ensure that Pathway Plans are shared with care leavers (Paragraph 55)' },
    ]);
    expect(coverage.unlinked.map((action) => action.ref)).toEqual(['10.1']);
    expect(coverage.recommendations[0]!.actions.map((covered) => covered.action.ref)).toContain('1.1.1');
    const text = renderCoverage(coverage, 'text');
    expect(text).toContain('Recommendations with no action (1)\n----------------------------------\n\n- Ensure that Pathway Plans are shared with care leavers (Paragraph 55)');
    expect(text).toContain('No action answers this recommendation.');
  });
});
