import type { Action, Plan } from '@actionplan/core';
import { importWorkbook, type ImportResult } from '@actionplan/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFidelity } from './expectFidelity';

const SHEET = 'Action plan';

function atRow(plan: Plan, row: number): Action {
  const found = plan.actions.find((action) => action.source?.row === row);
  if (!found) throw new Error(`no action on row ${row}`);
  return found;
}

function byRef(plan: Plan, ref: string): Action {
  const found = plan.actions.find((action) => action.ref === ref);
  if (!found) throw new Error(`no action ${ref}`);
  return found;
}

describe('col-ofsted-2016.xlsx (seed 003)', () => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importWorkbook('examples/legacy/col-ofsted-2016.xlsx');
    plan = result.plan;
  });

  it('reads 55 actions under 15 recommendations in the theme sections, and the July 2016 inspection', () => {
    expect(plan.title).toBe('Improvements following from the OFSTED Report - July 2016');
    expect(plan.inspections).toEqual([{ id: 'inspection', bodies: ['Ofsted'], title: 'Ofsted inspection', date: '2016-07', judgement: null }]);
    expect(plan.actions).toHaveLength(55);
    expect(plan.actions.map((action) => action.ref)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '2.1', '2.2', '2.3', '2.4', '2.5', null, null, '3.1', '3.2', '3.3', '3.4',
      'A5.1', 'A5.2', 'A5.3', 'A5.4', 'A5.5', 'A6.1', 'A6.2', 'A6.3', 'A6.4', 'A7', 'A8', '4.1', null, null, null, null, null, '5.1', '5.2',
      '6.1', '6.2', '6.3', '6.4', null, null, '7.1', '7.2', '7.3', null, '8.1', '8.2', '8.3', '9.1', '9.2', '9.3',
    ]);
    expect(plan.recommendations.map((rec) => rec.code)).toEqual([
      'Ofsted recommendation 1', 'Ofsted recommendation 2', null, null, null, null, null, null, 'Ofsted recommendation 3', '5', null,
      'Ofsted recommendation 4', null, 'Ofsted recommendation 5', 'Ofsted recommendation 6',
    ]);
    expect(plan.sections.map((section) => section.title)).toEqual([
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children looked after and achieving permanence',
      'Leadership , Management and Governance',
      'The experience and progress of Care Leavers',
    ]);
  });

  it('reads the plan as of April 2017, the latest date a comment reports (`… across the partnership (April 2017)`), not the July 2016 inspection', () => {
    expect(plan.asOf).toBe('2017-04-30');
    const issue = result.issues.find((each) => each.code === 'as-of-inferred');
    expect(issue).toMatchObject({ severity: 'info', sheet: SHEET, cell: 'I39' });
    expect(issue?.message).toContain('"April 2017"');
  });

  it('reads 1.1 value by value: month dates, lead, Amber, DLT lead kept verbatim', () => {
    expect(byRef(plan, '1.1')).toMatchObject({
      title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
      start: '2017-01',
      startText: 'Jan-17',
      due: '2017-02',
      dueText: 'Feb-17',
      leads: ['RG'],
      rag: 'amber',
      extra: { 'DLT lead:': 'CP' },
      recommendationIds: ['rec-ofsted-recommendation-1'],
      comments: 'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
      source: { sheet: SHEET, row: 5, cells: { ref: 'B5', title: 'C5', start: 'D5', due: 'E5', leads: 'G5', rag: 'J5', 'extra:DLT lead:': 'H5' } },
    });
    expect(byRef(plan, '1.1').measures[0]).toBe('Written plans for children are consistently SMART');
  });

  it('reads bare serial numbers in the month columns as months, with a note', () => {
    expect(byRef(plan, '1.8')).toMatchObject({ due: '2017-03', dueText: '42795', start: '2017-03', status: 'complete', comments: 'done' });
    expect(byRef(plan, '1.9')).toMatchObject({ due: '2017-09', dueText: '42979' });
    expect(byRef(plan, '2.4')).toMatchObject({ start: '2017-09', startText: '42979', due: '2017-09', dueText: 'Sep-17' });
    expect(result.issues.filter((issue) => issue.code === 'serial-date').map((issue) => [issue.cell, issue.ref])).toEqual([
      ['E12', '1.8'], ['E13', '1.9'], ['D20', '2.4'],
    ]);
    expect(byRef(plan, '3.4')).toMatchObject({ due: '2017-06', dueText: 'Jun-2017' });
  });

  it('has 52 Green and 3 Amber ratings, the Amber ones on rows 5, 23 and 48', () => {
    expect(plan.actions.filter((action) => action.rag === 'green')).toHaveLength(52);
    expect(plan.actions.filter((action) => action.rag === 'amber').map((action) => action.source?.row)).toEqual([5, 23, 48]);
    expect(atRow(plan, 23)).toMatchObject({ ref: null, title: 'Ensure that an up-to-date chronology is on file and has been reviewed by the Team Manager as part of the sign off process (RG to lead)', due: '2017-03' });
    expect(atRow(plan, 48).title).toBe('Draft child/language friendly version of process which will be led by practitioners and IRO');
  });

  it('splits shared leads, keeps blank leads and blank actions, and links blank-ref rows to their merged recommendation', () => {
    expect(byRef(plan, '1.2').leads).toEqual(['RG', 'JF']);
    expect(atRow(plan, 49).leads).toEqual(['SK', 'RdP']);
    expect(byRef(plan, '3.3')).toMatchObject({ leads: [], extra: {} });
    expect(byRef(plan, 'A6.2')).toMatchObject({ title: '', leads: ['RG', 'JF'] });
    expect(atRow(plan, 24).recommendationIds).toEqual(atRow(plan, 23).recommendationIds);
    // Paragraph 39's text is repeated in A62 and A63, not merged: still one recommendation.
    expect(atRow(plan, 62).recommendationIds).toEqual(byRef(plan, '6.1').recommendationIds);
    expect(atRow(plan, 63).recommendationIds).toEqual(byRef(plan, '6.1').recommendationIds);
    expect(plan.recommendations.find((rec) => rec.id === byRef(plan, '6.1').recommendationIds[0])?.paragraphRefs).toEqual(['Paragraph 39']);
    expect(byRef(plan, '1.8').title).toBe('Initiate pilot of new plan templates in');
  });

  it('accounts for every cell; the repeated headers, End date and End:, are ignored with their reason', () => {
    expectFidelity(result.fidelity, result.grid);
    expect(result.fidelity.kept).toBe(54);
    expect(result.fidelity.ignored.find((each) => each.cell === 'E43')?.reason).toBe('the header row repeated (page break)');
    expect(result.fidelity.ignored.find((each) => each.cell === 'E4')?.reason).toBe('header row');
  });
});
