import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action } from '../../model/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { invalidDate } from './invalidDate';
import { startAfterDue } from './startAfterDue';

const context = (actions: Action[]): RuleContext => ({
  plan: createPlan({ id: 'harrow-2012', title: 'Improvement Development Plan', actions }),
  asOf: '2012-10-31',
  scheme: undefined,
  staleDays: 60,
  facts: planFacts(actions),
});

describe('invalid-date', () => {
  it('reports seed 004 LAC11 (1)\'s "31.9.12" (September has 30 days) at its By When cell', () => {
    const lac11 = createAction({
      id: 'lac11-1',
      ref: '(1)',
      title: 'Analyse placement moves of looked after children',
      dueText: '31.9.12',
      source: { sheet: 'Part 1', row: 60, cells: { title: 'D60', due: 'E60' } },
    });
    expect(invalidDate.check(context([lac11]))).toEqual([
      {
        message: 'Due date of action (1): "31.9.12" is not a real date: September has 30 days.',
        path: ['actions', 0, 'due'],
        ref: '(1)',
        sheet: 'Part 1',
        cell: 'E60',
      },
    ]);
  });

  it('passes on the parser\'s advice for text that is no date at all (seed 001 7.1.6\'s words, put in its timescale)', () => {
    const a716 = createAction({ id: '7.1.6', ref: '7.1.6', title: 'Implement the Pan London CAF protocol', dueText: 'Dependent on date of agreement of Pan London CAF protocol' });
    expect(invalidDate.check(context([a716])).map((issue) => issue.message)).toEqual([
      'Due date of action 7.1.6: "Dependent on date of agreement of Pan London CAF protocol" is not a date that can be read. Write it like 31/05/2011 or May 2011.',
    ]);
  });

  it('reports an ISO day its month does not have, and accepts the readable dates of seeds 000 and 004', () => {
    const actions = [
      createAction({ id: 'a', ref: '(1)', title: 'Placement stability', due: '2012-09-31' }),
      createAction({ id: 'b', ref: '20.2', title: 'Care pathway reviewed', start: '2011-05-01', startText: '01-May - 2011', due: '2011-07-31', dueText: '31- July- 2011' }),
      createAction({ id: 'c', ref: '(1)', title: 'Revise multi-agency pre-birth protocol', dueText: '27.9.12.' }),
      createAction({ id: 'd', ref: '1.1', title: 'Review and revise layout of Early Help plans', start: '2017-01', due: '2017-02', dueText: 'Feb-17' }),
    ];
    expect(invalidDate.check(context(actions))).toEqual([
      { message: 'Due date of action (1): 2012-09-31 is not a real date.', path: ['actions', 0, 'due'], ref: '(1)' },
    ]);
  });
});

describe('start-after-due', () => {
  it('reports a start later than the due date, naming both at their precision', () => {
    const late = createAction({
      id: '2.4',
      ref: '2.4',
      title: 'Thematic audit on closed cases',
      start: '2017-09',
      due: '2017-06',
      source: { sheet: 'Plan', row: 23, cells: { start: 'D23', due: 'E23' } },
    });
    expect(startAfterDue.check(context([late]))).toEqual([
      {
        message: 'Action 2.4 has a start date (September 2017) after its due date (June 2017).',
        path: ['actions', 0, 'start'],
        ref: '2.4',
        sheet: 'Plan',
        cell: 'D23',
      },
    ]);
  });

  it('lets a start and due date in the same month pass, whatever their precision (seed 003 3.4: Jun-17 to Jun-2017)', () => {
    const actions = [
      createAction({ id: '3.4', ref: '3.4', title: 'Include a session on neglect linked to affluence', start: '2017-06', due: '2017-06' }),
      createAction({ id: 'x', ref: '(2)', title: 'Share pathways', start: '2012-10', due: '2012-10-16' }),
    ];
    expect(startAfterDue.check(context(actions))).toEqual([]);
  });
});
