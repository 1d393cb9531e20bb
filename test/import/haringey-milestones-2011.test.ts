import { getScheme, levelFor, type Action, type LevelIntent, type Plan, type RagLevel } from '@actionplan/core';
import { importWorkbook, type ImportResult } from '@actionplan/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFidelity } from './expectFidelity';

const SHEET = 'Milestone Report May 2011';

// Ratings are asserted through the scheme, so they hold whatever the key's level ids are called.
const scheme = getScheme('haringey-2011');
function level(intent: LevelIntent, options: { supportRequired?: boolean } = {}): RagLevel {
  const found = scheme && levelFor(scheme, intent, options);
  if (!found) throw new Error(`no ${intent} level in the haringey-2011 scheme`);
  return found;
}
const achieved = level('complete');
const onTrack = level('on-track');
const supportRequired = level('off-track', { supportRequired: true });

function milestones(plan: Plan, ref: string): Action[] {
  return plan.actions.filter((action) => action.kind === 'milestone' && action.ref === ref);
}

function only(plan: Plan, ref: string): Action {
  const [found, ...more] = plan.actions.filter((action) => action.ref === ref);
  if (!found || more.length > 0) throw new Error(`expected one action ${ref}`);
  return found;
}

describe('haringey-milestones-2011.xlsx (seed 000)', () => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importWorkbook('examples/legacy/haringey-milestones-2011.xlsx');
    plan = result.plan;
  });

  it('takes the banner as the title and dates the inspection from the appendix heading', () => {
    expect(plan.title).toBe(
      'Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011',
    );
    expect(plan.inspections).toEqual([{ id: 'inspection', bodies: ['Ofsted', 'CQC'], title: 'Ofsted/CQC inspection', date: '2011-02-25', judgement: null }]);
  });

  it('reads the plan as of the end of the month its title reports on (`Milestone Report May 2011`), not the February inspection', () => {
    expect(plan.asOf).toBe('2011-05-31');
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'as-of-inferred', sheet: SHEET, cell: 'A1', message: expect.stringContaining('"May 2011"') }));
  });

  it('reads 20 milestone rows, 19 distinct, with the duplicate 20.1 under action 20', () => {
    const rows = plan.actions.filter((action) => action.kind === 'milestone');
    expect(rows.map((action) => action.ref)).toEqual([
      '1.1', '1.2', '1.3', '1.5', '1.6', '1.7', '2.1', '3.1', '4.1', '5.1', '5.2', '7.1', '14.4', null, '18.2', '19.1', '20.1', '20.1', '20.2', '23.1',
    ]);
    expect(new Set(rows.map((action) => `${action.ref ?? ''}|${action.title}`)).size).toBe(19);
    const [first, second] = milestones(plan, '20.1');
    expect(first?.parentId).toBe(only(plan, '20.').id);
    expect(second?.parentId).toBe(only(plan, '20.').id);
    expect([first?.source?.row, second?.source?.row]).toEqual([38, 39]);
    // Action 1's cell is merged down over 1.2–1.7: one action, not six.
    expect(plan.actions.filter((action) => action.kind === 'action').map((action) => action.ref)).toEqual([
      '1.', '2.', '3.', '4.', '5.', '7.', '14.', '16.', '18.', '19.', '20.', '21.', '23',
    ]);
    expect(only(plan, '1.').title).toBe(
      'Ensure that the quality of all case recording, staff supervision, assessments and care planning consistently matches best practice (Ofsted Feb 2011 – Rec 8)',
    );
  });

  it('reads milestone 1.1 value by value', () => {
    expect(only(plan, '1.1')).toMatchObject({
      start: '2011-03-01',
      startText: '01-Mar-2011',
      due: '2011-05-31',
      dueText: '31-May-2011',
      leads: ['Debbie Haith'],
      status: 'complete',
      rag: achieved.id,
      supportRequired: false,
      sectionId: 'sec-theme-best-practice',
      source: { sheet: SHEET, row: 13, cells: { title: 'B13', start: 'C13', due: 'D13', rag: 'E13', progress: 'F13', leads: 'G13' } },
    });
    expect(only(plan, '1.1').progress).toEqual([
      { date: '2011-05', status: 'complete', statusText: 'Achieved', text: 'The procedure for case record auditing has been reviewed and new arrangements will be in place from 01.06.11.' },
    ]);
  });

  it('links milestones to the appendix items they cite (`Rec 1`), and leaves `(CQC Rec 4)` unresolved with an issue', () => {
    const rec = (code: string): string | undefined => plan.recommendations.find((each) => each.code === code)?.id;
    expect(only(plan, '1.1').recommendationIds).toEqual([rec('1')]);
    expect(only(plan, '1.2').recommendationIds).toEqual([rec('2')]);
    expect(only(plan, '2.1').recommendationIds).toEqual([rec('14')]);
    expect(only(plan, '1.').recommendationIds).toEqual([rec('8')]);
    expect(only(plan, '14.4').recommendationIds).toEqual([]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'unresolved-recommendation-link', sheet: SHEET, cell: 'B31', ref: '14.4' }));
  });

  it('reads ratings from the fill colours through the Action Status key, with support required on its red level', () => {
    expect(plan.ragScheme).toBe('haringey-2011');
    expect(achieved).toMatchObject({ colour: '0070C0', label: 'Action completed and desired outcome achieved' });
    expect(onTrack).toMatchObject({ colour: '00B050', label: 'Action in progress and on track to be completed' });
    expect(supportRequired).toMatchObject({ colour: 'FF0000', supportRequired: true });
    expect(only(plan, '23.1')).toMatchObject({ rag: supportRequired.id, supportRequired: true, status: 'in-progress', due: '2011-05-31' });
    expect(only(plan, '23.1').progress[0]).toMatchObject({ date: '2011-05', statusText: 'Not achieved' });
    const byRating = (rag: string): Array<string | null> => plan.actions.filter((action) => action.rag === rag).map((action) => action.ref);
    expect(byRating(achieved.id)).toEqual(['1.1', '1.2', '1.3', '1.7', '2.1', '20.1', '20.1']);
    expect(byRating(onTrack.id)).toEqual(['1.5', '1.6', '3.1', '4.1', '5.1', '5.2', '7.1', '14.4', null, '18.2', '19.1', '20.2']);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'rag-from-fill', cell: 'E48', ref: '23.1' }));
  });

  it('reads 20.2 under action 21 with its malformed dates, and real date cells for 14.4', () => {
    expect(only(plan, '20.2')).toMatchObject({
      parentId: only(plan, '21.').id,
      start: '2011-05-01',
      startText: '01-May - 2011',
      due: '2011-07-31',
      dueText: '31- July- 2011',
      leads: ['Sarah Parker'],
    });
    expect(only(plan, '20.2').progress[0]?.text).toContain('IROs/Nursing team audit cycles will be established');
    expect(only(plan, '14.4')).toMatchObject({ start: '2011-05-01', due: '2011-10-31' });
    expect(milestones(plan, '5.2')[0]?.title).toBe('Communications plan developed to raise awareness of Children in Care Council and London Pledge (Ofsted Feb 2011)');
  });

  it('reads the appendix: 14 recommendations in two sections, timescales resolved from 25 February 2011', () => {
    expect(plan.recommendations.map((rec) => [rec.code, rec.timescale, rec.due])).toEqual([
      ['1', 'Within three months', '2011-05-25'], ['2', 'Within three months', '2011-05-25'], ['3', 'Within three months', '2011-05-25'],
      ['4', 'Within three months', '2011-05-25'], ['5', 'Within six months', '2011-08-25'], ['6', 'Within six months', '2011-08-25'],
      ['7', 'Within six months', '2011-08-25'], ['8', 'Within six months', '2011-08-25'], ['9', 'Within six months', '2011-08-25'],
      ['10', 'Within three months', '2011-05-25'], ['11', 'Within three months', '2011-05-25'], ['12', 'Within six months', '2011-08-25'],
      ['13', 'Within six months', '2011-08-25'], ['14', 'Within six months', '2011-08-25'],
    ]);
    const section = (title: string): string | undefined => plan.sections.find((each) => each.title === title)?.id;
    expect(plan.recommendations[0]?.sectionId).toBe(section('Safeguarding Services'));
    expect(plan.recommendations[9]?.sectionId).toBe(section('Services for looked after children'));
    expect(plan.recommendations[8]?.text).toBe('Improve the way that the Child Protection Advisers carry out their quality control and assurance functions.');
    expect(plan.recommendations[7]?.paragraphRefs).toEqual(['(Not all case files have up-to-date chronologies – Ref 39 P. 39)']);
  });

  it('accounts for every cell: the key, the banner and the repeated headers ignored with their reason', () => {
    expectFidelity(result.fidelity, result.grid);
    const ignored = (cell: string): string | undefined => result.fidelity.ignored.find((each) => each.sheet === SHEET && each.cell === cell)?.reason;
    expect(ignored('B6')).toBe('colour key above the table');
    expect(ignored('A2')).toBe('banner "Haringey Council" above the table');
    expect(ignored('A40')).toBe('the header row repeated (page break)');
    expect(result.fidelity.ignored.some((each) => each.cell === 'B1')).toBe(false);
  });
});
