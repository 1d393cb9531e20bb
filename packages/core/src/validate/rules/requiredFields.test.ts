import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action } from '../../model/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { missingDue } from './missingDue';
import { missingLead } from './missingLead';
import { missingTitle } from './missingTitle';

const context = (actions: Action[]): RuleContext => ({
  plan: createPlan({ id: 'col-2016', title: 'Improvements following from the OFSTED Report - July 2016', actions }),
  asOf: '2017-03-31',
  scheme: undefined,
  staleDays: 60,
  facts: planFacts(actions),
});

// Seed 003 rows, on a sheet laid out like the document (B Ref, C Action, D Start, E End, G Lead officer).
function row003(ref: string, title: string, leads: string[], row: number): Action {
  return createAction({
    id: ref,
    ref,
    title,
    leads,
    start: '2016-09',
    due: '2017-06',
    startText: 'Sep-16',
    dueText: 'Jun-2017',
    rag: 'green',
    source: { sheet: 'Plan', row, cells: { ref: `B${row}`, title: `C${row}`, start: `D${row}`, due: `E${row}`, leads: `G${row}` } },
  });
}

describe('missing-title', () => {
  it('reports seed 003 A6.2, which has dates, leads and a RAG but no action text', () => {
    const actions = [
      row003('A6.1', 'Consider the possible assessment tools available, and decide on one as a partnership, with oversight of the Early Help Sub-Group.', ['RG/JF'], 30),
      row003('A6.2', '', ['RG/JF'], 31),
    ];
    expect(missingTitle.check(context(actions))).toEqual([
      { message: 'Action A6.2 has no text saying what is to be done.', path: ['actions', 1, 'title'], ref: 'A6.2', sheet: 'Plan', cell: 'C31' },
    ]);
  });

  it('names an action with neither ref nor text by its row', () => {
    const blank = createAction({ id: 'x', title: '  ', source: { sheet: 'Plan', row: 41 } });
    expect(missingTitle.check(context([blank]))).toEqual([
      { message: 'The untitled action in row 41 has no text saying what is to be done.', path: ['actions', 0, 'title'], ref: null, sheet: 'Plan' },
    ]);
  });
});

describe('missing-lead', () => {
  it('reports seed 003 3.3, whose lead officer cell is blank', () => {
    const actions = [
      row003('3.2', 'Develop and implement single-agency training and support for social workers and managers', ['IA'], 20),
      row003('3.3', 'Complete an LSCB-led multi-agency audit on neglect cases', [], 21),
    ];
    expect(missingLead.check(context(actions))).toEqual([
      { message: 'Action 3.3 has no lead officer.', path: ['actions', 1, 'leads'], ref: '3.3', sheet: 'Plan', cell: 'G21' },
    ]);
  });

  it('asks no lead of a seed 000 action whose milestones carry the leads', () => {
    const parent = createAction({ id: 'a7', ref: '7.', title: 'Improve the standard of refuges', due: '2011-08-31' });
    const child = createAction({ id: 'm71', kind: 'milestone', ref: '7.1', parentId: 'a7', title: 'Actions put in place to raise the standard of refuges', leads: ['Sylvia Chew'], due: '2011-08-31' });
    expect(missingLead.check(context([parent, child]))).toEqual([]);
    expect(missingDue.check(context([parent, child]))).toEqual([]);
  });
});

describe('missing-due-date', () => {
  it('reports an action with a blank timescale (seed 001 7.1.6), but not one whose due text is unreadable', () => {
    const blank = createAction({ id: '7.1.6', ref: '7.1.6', title: 'Implement the Pan London CAF protocol', leads: ['DD BSD'] });
    const unread = createAction({ id: 'lac11', ref: '(1)', title: 'Placement stability', leads: ['SM CLA'], dueText: '31.9.12' });
    expect(missingDue.check(context([blank, unread]))).toEqual([
      { message: 'Action 7.1.6 has no due date.', path: ['actions', 0, 'due'], ref: '7.1.6' },
    ]);
  });
});
