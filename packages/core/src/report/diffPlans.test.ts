import { describe, expect, it } from 'vitest';
import example from '../../../../examples/plans/col-2016.plan.json';
import { createAction } from '../model/create';
import { PlanSchema, type Action, type Plan } from '../model/plan';
import { diffPlans } from './diffPlans';
import { matchActions } from './matchActions';
import { renderDiff } from './renderDiff';

// Seed 003 as at 30 April 2017, and a later snapshot edited as a month of board work would edit it.
const before = PlanSchema.parse(example);
const ref = (plan: Plan, r: string) => plan.actions.find((action) => action.ref === r)!;

function nextMonth(edit: (plan: Plan) => void): Plan {
  const after = structuredClone(before);
  after.asOf = '2017-05-31';
  edit(after);
  return after;
}

const label11 = {
  id: 'act-1.1',
  ref: '1.1',
  title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
};
const label93 = { id: 'act-9.3', ref: '9.3', title: 'Update the QA strategy to reflect this' };

describe('diffPlans on seed 003: 1.1 turns Green and 9.3 slips a month', () => {
  const after = nextMonth((plan) => {
    ref(plan, '1.1').rag = 'green';
    Object.assign(ref(plan, '9.3'), { due: '2017-04', dueText: 'Apr-17' });
  });
  const diff = diffPlans(before, after, { asOf: '2017-04-30' });

  it('reports the rating change as an improvement by the scheme', () => {
    expect(diff.ragChanges).toEqual([
      { action: label11, from: 'amber', to: 'green', fromLabel: 'Amber', toLabel: 'Green', direction: 'improved' },
    ]);
  });

  it('reports the slip in days between the days each month falls due (31 March → 30 April)', () => {
    expect(diff.dateChanges).toEqual([
      { action: label93, field: 'due', from: '2017-03', to: '2017-04', fromText: 'Mar-17', toText: 'Apr-17', days: 30, direction: 'later' },
    ]);
  });

  it('re-derives both snapshots: 9.3 is no longer overdue once due at the end of April', () => {
    expect(diff.derivedRagChanges).toEqual([
      {
        action: label93,
        from: 'red',
        to: 'green',
        fromLabel: 'Red',
        toLabel: 'Green',
        direction: 'improved',
        reason: 'Green: due today, 30 April 2017',
      },
    ]);
  });

  it('finds nothing else: no additions, removals, status, lead or progress changes; 53 unchanged', () => {
    expect(diff).toMatchObject({
      added: [],
      removed: [],
      rematched: [],
      statusChanges: [],
      leadChanges: [],
      newProgress: [],
      commentChanges: [],
      titleChanges: [],
      unchanged: 53,
      before: { id: 'col-2016', asOf: '2017-04-30' },
      after: { id: 'col-2016', asOf: '2017-05-31' },
    });
  });

  it('renders the change as text a committee reads', () => {
    expect(renderDiff(diff, 'text')).toMatchInlineSnapshot(`
      "Changes since the last report
      =============================

      Before: Improvements following from the OFSTED Report - July 2016 (progress snapshot undated; comments mention April 2017, so rated as at 30 April 2017) (as of 30 April 2017)
      After: Improvements following from the OFSTED Report - July 2016 (progress snapshot undated; comments mention April 2017, so rated as at 30 April 2017) (as of 31 May 2017)
      Derived ratings as of 30 April 2017.

      Reported ratings changed (1)
      ----------------------------

      Ref  Action                                              Was    Now    Change
      ---  --------------------------------------------------  -----  -----  --------
      1.1  Review and revise layout of Early Help plans in p…  Amber  Green  improved

      Derived ratings changed (1)
      ---------------------------

      Ref  Action                                  Was  Now    Change    Reason
      ---  --------------------------------------  ---  -----  --------  -------------------------------
      9.3  Update the QA strategy to reflect this  Red  Green  improved  Green: due today, 30 April 2017

      Dates moved (1)
      ---------------

      Ref  Action                                  Date  Was     Now     Moved
      ---  --------------------------------------  ----  ------  ------  -------------
      9.3  Update the QA strategy to reflect this  Due   Mar-17  Apr-17  30 days later

      53 actions unchanged."
    `);
  });
});

describe('diffPlans: other kinds of change', () => {
  it('reports a worsening, a status change, new leads, new progress and changed comments', () => {
    const progress = { date: '2017-05', status: 'in-progress' as const, statusText: 'On track', text: 'Draft strategy to SIB in June.' };
    const after = nextMonth((plan) => {
      Object.assign(ref(plan, '9.3'), { rag: 'amber', status: 'in-progress', leads: ['PD', 'CP'], progress: [progress] });
      ref(plan, '2.4').comments = 'Audit booked for September.';
    });
    const diff = diffPlans(before, after);
    expect(diff.ragChanges).toEqual([
      { action: label93, from: 'green', to: 'amber', fromLabel: 'Green', toLabel: 'Amber', direction: 'worsened' },
    ]);
    expect(diff.statusChanges).toEqual([{ action: label93, from: null, to: 'in-progress' }]);
    expect(diff.leadChanges).toEqual([{ action: label93, from: ['PD'], to: ['PD', 'CP'], added: ['CP'], removed: [] }]);
    expect(diff.newProgress).toEqual([{ action: label93, entries: [progress] }]);
    expect(diff.commentChanges).toEqual([
      {
        action: { id: 'act-2.4', ref: '2.4', title: 'Thematic audit on closed cases' },
        from: 'on target',
        to: 'Audit booked for September.',
      },
    ]);
  });

  it('reports added and removed actions', () => {
    const added = createAction({ id: 'act-9.4', ref: '9.4', title: 'Report audit findings to SIB', due: '2017-09', dueText: 'Sep-17' });
    const after = nextMonth((plan) => {
      plan.actions = [...plan.actions.filter((action) => action.ref !== '3.3'), added];
    });
    const diff = diffPlans(before, after);
    expect(diff.removed).toEqual([{ id: 'act-3.3', ref: '3.3', title: 'Complete an LSCB-led multi-agency audit on neglect cases' }]);
    expect(diff.added).toEqual([{ id: 'act-9.4', ref: '9.4', title: 'Report audit findings to SIB' }]);
    expect(diff.unchanged).toBe(54);
  });

  it('pairs actions by ref and title when a re-import gave them new ids, keeping A6.2 and A6.3 (both untitled) apart', () => {
    const after = nextMonth((plan) => {
      plan.actions = plan.actions.map((action, index) => ({ ...action, id: `row-${index + 8}` }));
      ref(plan, 'A6.3').comments = 'JF completed the early help annual review.';
    });
    const diff = diffPlans(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.rematched).toHaveLength(55);
    expect(diff.rematched.every((match) => match.before.ref === match.after.ref && match.before.title === match.after.title)).toBe(true);
    expect(diff.commentChanges.map((change) => [change.action.ref, change.from])).toEqual([
      ['A6.3', 'JF to complete early help annual review.'],
    ]);
  });
});

describe('matchActions', () => {
  const a = (id: string, r: string | null, title: string): Action => createAction({ id, ref: r, title });

  it('pairs a lightly reworded action with its earlier self, and nothing below the threshold', () => {
    const old = [a('x1', '1.8', 'Initiate pilot of new plan templates in'), a('x2', '3.3', 'Complete an LSCB-led multi-agency audit on neglect cases')];
    const now = [a('y1', '1.8', 'Initiate pilot of new plan templates in Children and Families Team'), a('y2', '3.5', 'Neglect training')];
    const { pairs, added, removed } = matchActions(old, now);
    expect(pairs.map((pair) => [pair.before.id, pair.after.id, pair.by])).toEqual([['x1', 'y1', 'ref']]);
    expect(removed.map((action) => action.id)).toEqual(['x2']);
    expect(added.map((action) => action.id)).toEqual(['y2']);
  });

  it('pairs unnumbered rows by title similarity, and keeps untitled A6.2 apart from untitled A6.3', () => {
    const old = [a('x1', null, 'Review Whittington provision'), a('x2', 'A6.2', '')];
    const now = [a('y1', null, 'Review the Whittington provision'), a('y2', 'A6.3', '')];
    const { pairs, added, removed } = matchActions(old, now);
    expect(pairs.map((pair) => [pair.before.id, pair.after.id, pair.by, pair.score.toFixed(2)])).toEqual([['x1', 'y1', 'similarity', '0.88']]);
    expect([removed.map((x) => x.ref), added.map((x) => x.ref)]).toEqual([['A6.2'], ['A6.3']]);
  });
});
