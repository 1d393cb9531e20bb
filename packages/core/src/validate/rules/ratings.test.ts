import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action } from '../../model/index';
import { getScheme } from '../../rag/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { completeWithoutEvidence } from './completeWithoutEvidence';
import { greenButOverdue } from './greenButOverdue';
import { greenWithNegativeComment } from './greenWithNegativeComment';
import { redButComplete } from './redButComplete';
import { unknownRag } from './unknownRag';

// Seed 003 (City of London, Ofsted July 2016), on a sheet laid out like the document:
// B Ref, C Action, D Start, E End, I Comments, J RAG status.
function row003(ref: string, title: string, due: string, comments: string | null, rag: string, row: number): Action {
  return createAction({
    id: ref,
    ref,
    title,
    leads: ['RG'],
    due,
    comments,
    rag,
    source: { sheet: 'Plan', row, cells: { ref: `B${row}`, title: `C${row}`, due: `E${row}`, comments: `I${row}`, rag: `J${row}` } },
  });
}

const context = (actions: Action[], ragScheme = 'rag', asOf: string | null = '2017-03-31'): RuleContext => {
  const plan = createPlan({ id: 'col-2016', title: 'Improvements following from the OFSTED Report - July 2016', ragScheme, actions });
  return { plan, asOf, scheme: getScheme(ragScheme), staleDays: 60, facts: planFacts(plan.actions) };
};

describe('green-but-overdue', () => {
  it('reports seed 003 1.1 had it been rated Green: End Feb-17, work deferred, as of 31 March 2017', () => {
    const action = row003(
      '1.1',
      'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
      '2017-02',
      'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
      'green',
      7,
    );
    expect(greenButOverdue.check(context([action]))).toEqual([
      {
        message: 'Action 1.1 is rated Green, but it was due 28 February 2017 (31 days before 31 March 2017) and is not complete.',
        path: ['actions', 0, 'rag'],
        ref: '1.1',
        sheet: 'Plan',
        cell: 'J7',
      },
    ]);
  });

  it('lets complete work (1.8 "done"), work not yet due (1.9) and Amber (1.1 as reported) pass', () => {
    const actions = [
      row003('1.8', 'Initiate pilot of new plan templates in', '2017-03', 'done', 'green', 14),
      row003('1.9', 'Begin evaluation of new plan templates', '2017-09', null, 'green', 15),
      row003('1.1', 'Review and revise layout of Early Help plans', '2017-02', 'It is in the work plan this term.', 'amber', 7),
    ];
    expect(greenButOverdue.check(context(actions, 'rag', '2017-04-30'))).toEqual([]);
    expect(greenButOverdue.check(context(actions, 'rag', null))).toEqual([]);
  });
});

describe('red-but-complete', () => {
  it('reports a milestone rated Red whose progress note says Achieved (seed 000 1.3)', () => {
    const m13 = createAction({
      id: 'm1.3',
      kind: 'milestone',
      ref: '1.3',
      title: 'Best Practice standards for attendance at strategy meetings [and child protection conferences] developed and attendance monitored by LSCB',
      due: '2011-05-31',
      rag: 'red',
      progress: [
        {
          date: '2011-04',
          status: 'complete',
          statusText: 'Achieved',
          text: '<b>April 2011 - Achieved.</b> Practice standards in place and in use. Heads of Service monitor compliance through audit.',
        },
      ],
    });
    expect(redButComplete.check(context([m13]))).toEqual([
      { message: 'Milestone 1.3 is rated Red, but it is marked complete ("Achieved").', path: ['actions', 0, 'rag'], ref: '1.3' },
    ]);
  });

  it('lets Red pass when the work is not complete (seed 000 23.1 "Not achieved")', () => {
    const m231 = createAction({ id: 'm23.1', kind: 'milestone', ref: '23.1', title: 'Supervision policy embedded', rag: 'red', status: 'in-progress' });
    expect(redButComplete.check(context([m231]))).toEqual([]);
  });
});

describe('complete-without-evidence', () => {
  it('reports seed 003 1.8, whose only comment is "done", and a Blue action with no note at all', () => {
    const actions = [
      row003('1.8', 'Initiate pilot of new plan templates in', '2017-03', 'done', 'green', 14),
      row003('2.3', 'Review Practice Standards and revise accordingly', '2017-01', 'complete. Next review of practice standards is in June.', 'green', 21),
      createAction({ id: 'b', ref: '5.1', title: 'Commissioning service to complete review of sufficiency strategy options', rag: 'blue' }),
    ];
    expect(completeWithoutEvidence.check(context(actions, 'brag'))).toEqual([
      {
        message: 'Action 1.8 is marked complete, but its note only says "done": record what was done and where the evidence is.',
        path: ['actions', 0, 'comments'],
        ref: '1.8',
        sheet: 'Plan',
        cell: 'I14',
      },
      {
        message: 'Action 5.1 is marked complete but has no progress note or comment to evidence it.',
        path: ['actions', 2, 'progress'],
        ref: '5.1',
      },
    ]);
  });

  it('takes a dated progress note that says what was done as evidence (seed 000 2.1)', () => {
    const m21 = createAction({
      id: 'm2.1',
      kind: 'milestone',
      ref: '2.1',
      title: 'Review arrangements for short term breaks',
      status: 'complete',
      progress: [{ date: '2011-04', status: 'complete', statusText: 'Achieved', text: 'April 2011 - Achieved.' }],
    });
    expect(completeWithoutEvidence.check(context([m21])).map((issue) => issue.message)).toEqual([
      'Milestone 2.1 is marked complete, but its note only says "April 2011 - Achieved.": record what was done and where the evidence is.',
    ]);
    m21.progress[0]!.text = 'April 2011 - Achieved. Short breaks statement published and reviewed by the Disabled Children\'s Team.';
    expect(completeWithoutEvidence.check(context([m21]))).toEqual([]);
  });
});

describe('green-with-negative-comment', () => {
  it('reports seed 003 6.1 and 7.1, Green with comments that say the work is not working', () => {
    const actions = [
      row003(
        '6.1',
        'Build internal operational oversight process to track pathway of referral',
        '2017-03',
        'weekly data run monitors LAC review progress. Note: this is not working consistently every week due to workload of administrator.',
        'green',
        50,
      ),
      row003(
        '7.1',
        'Social workers and health staff to be briefed via team meeting and LAC/CL Service Improvement Group on use of Health Passports',
        '2017-01',
        'SWs have been taught about health passports, and have been given these to use with young people. Use is not consistent and needs more robust management.',
        'green',
        69,
      ),
      row003('6.3', 'Monitor arrangements regarding health assessments', '2017-03', 'RG monitors the contract with Hackney quarterly - there have been improvements since January.', 'green', 52),
    ];
    expect(greenWithNegativeComment.check(context(actions))).toEqual([
      {
        message:
          'Action 6.1 is rated Green, but its comment says "Note: this is not working consistently every week due to workload of administrator". Check the rating.',
        path: ['actions', 0, 'comments'],
        ref: '6.1',
        sheet: 'Plan',
        cell: 'I50',
      },
      {
        message: 'Action 7.1 is rated Green, but its comment says "Use is not consistent and needs more robust management". Check the rating.',
        path: ['actions', 1, 'comments'],
        ref: '7.1',
        sheet: 'Plan',
        cell: 'I69',
      },
    ]);
  });

  it('reads the latest progress note, not older ones (seed 000 23.1 "Not achieved")', () => {
    const m231 = createAction({
      id: 'm23.1',
      kind: 'milestone',
      ref: '23.1',
      title: 'Supervision policy embedded and culture committed to supervision created',
      rag: 'green',
      progress: [
        { date: '2011-05', status: 'in-progress', statusText: 'Not achieved', text: 'May 2011 –Not achieved. Resource issues have meant that this has not been completed.' },
        { date: '2011-04', status: 'in-progress', statusText: 'On track', text: 'April 2011 - On track. Resource issues resolved.' },
      ],
    });
    expect(greenWithNegativeComment.check(context([m231]))).toEqual([
      {
        message: 'Milestone 23.1 is rated Green, but its latest progress note says "May 2011 –Not achieved". Check the rating.',
        path: ['actions', 0, 'progress', 0, 'text'],
        ref: '23.1',
      },
    ]);
  });
});

describe('unknown-rag', () => {
  it('reports a Blue rating in a plan whose scheme is plain Red/Amber/Green', () => {
    const action = row003('A6.4', 'Include children accessing Early Help services in Annual Consultation', '2017-06', 'complete', 'blue', 33);
    expect(unknownRag.check(context([action]))).toEqual([
      {
        message: 'Action A6.4 is rated "blue", which is not a level of the RAG scheme (Red, Amber, Green).',
        path: ['actions', 0, 'rag'],
        ref: 'A6.4',
        sheet: 'Plan',
        cell: 'J33',
      },
    ]);
    // The Haringey key's complete level is Blue ("Action completed and desired outcome achieved").
    expect(unknownRag.check(context([action], 'haringey-2011'))).toEqual([]);
    const haringey = unknownRag.check(context([{ ...action, rag: 'amber-green' }], 'haringey-2011'));
    expect(haringey.map((issue) => issue.message)).toEqual(['Action A6.4 is rated "amber-green", which is not a level of the Haringey milestone key (May 2011) scheme.']);
  });

  it('reports a scheme nobody knows once, at the plan', () => {
    const action = row003('1.2', 'Consult families/CYP and partners on the CAF', '2017-02', null, 'green', 8);
    expect(unknownRag.check(context([action], 'traffic-lights'))).toEqual([
      { message: 'The plan\'s RAG scheme "traffic-lights" is not one this tool knows, so its ratings could not be checked.', path: ['ragScheme'] },
    ]);
  });
});
