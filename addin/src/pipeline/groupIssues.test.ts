import { createAction, createPlan } from '@actionplan/core';
import type { PlanIssue } from '@actionplan/core';
import { describe, expect, it } from 'vitest';
import { groupIssues } from './groupIssues';
import { issueCell } from './locateIssue';

const plan = createPlan({
  id: 'col-2016',
  title: 'Improvements following from the OFSTED Report - July 2016',
  actions: [
    createAction({ id: 'a1', ref: '1.2', title: 'Consult families/CYP and partners on the CAF', source: { sheet: 'Action plan', row: 6, cells: { title: 'C6', rag: 'J6' } } }),
    createAction({ id: 'a2', ref: '3.3', title: 'Complete an LSCB-led multi-agency audit on neglect cases', source: { sheet: 'Action plan', row: 27, cells: { title: 'C27' } } }),
  ],
});

const issues: PlanIssue[] = [
  { code: 'missing-lead', severity: 'warning', message: 'Action 3.3 has no lead officer.', path: ['actions', 1, 'leads'], ref: '3.3' },
  { code: 'green-but-overdue', severity: 'warning', message: 'Action 1.2 is rated Green, but it was due 28 February 2017 …', path: ['actions', 0, 'rag'], ref: '1.2', sheet: 'Action plan', cell: 'J6' },
  { code: 'missing-recommendation-label', severity: 'info', message: 'A recommendation has no code.', path: ['recommendations', 0], sheet: 'Action plan', cell: 'A23' },
];

describe('groupIssues', () => {
  it('groups by severity, then by action in sheet order', () => {
    const groups = groupIssues(issues, plan);
    expect(groups.map((g) => [g.severity, g.count, g.actions.map((a) => a.label)])).toEqual([
      ['warning', 2, ['1.2 Consult families/CYP and partners on the CAF', '3.3 Complete an LSCB-led multi-agency audit on neglect cases']],
      ['info', 1, ['Whole plan']],
    ]);
  });
});

describe('issueCell', () => {
  it('uses the issue\'s own cell, else the field\'s cell, else the action\'s title cell', () => {
    expect(issues.map((issue) => issueCell(plan, issue))).toEqual([
      { sheet: 'Action plan', cell: 'C27' },
      { sheet: 'Action plan', cell: 'J6' },
      { sheet: 'Action plan', cell: 'A23' },
    ]);
  });
});
