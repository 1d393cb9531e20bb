import { interpretGrid, type Action, type Plan } from '@actionplan/core';
import { importWorkbook, readGrid, type ImportResult } from '@actionplan/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFidelity } from './expectFidelity';

const FILE = 'examples/legacy/harrow-improvement-2012.xlsx';
const SHEET = 'Improvement Plan';

/** The actions of a recommendation (`S7`), or of none (`null`: the orphans of the lost S1). */
function under(plan: Plan, code: string | null): Action[] {
  const rec = code === null ? undefined : plan.recommendations.find((each) => each.code === code);
  return plan.actions.filter((action) => (rec ? action.recommendationIds[0] === rec.id : action.recommendationIds.length === 0));
}

describe('harrow-improvement-2012.xlsx (seed 004)', () => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importWorkbook(FILE);
    plan = result.plan;
  });

  it('reads the 30 pairs of the key sheet into plan.people', () => {
    expect(plan.people).toHaveLength(30);
    expect(plan.people[0]).toEqual({ key: 'DD TS', name: 'Divisional Director Targeted Services', aliases: [] });
    expect(plan.people.find((person) => person.key === 'Des Nurse')?.name).toBe('Designated Nurse (NHS Harrow)');
    expect(plan.people.find((person) => person.key === 'DD CWD')?.name).toBe('Division Director Children With Disabilities');
  });

  it('reads the recommendations S2…LAC11 with their timescales, in the Part 1 sections', () => {
    expect(plan.recommendations.map((rec) => [rec.code, rec.timescale])).toEqual([
      ['S2', 'Immediate'], ['S3', 'Within 3 months'], ['S4', 'Within 3 months'], ['S5', 'Within 3 months'], ['S6', 'Within 3 months'],
      ['S7', 'Within 3 months'], ['S8', 'Within 3 months'], ['S9', 'Within 3 months'], ['S10', 'Within 6 months'], ['S11', 'Within 6 months'],
      ['LAC1', 'Immediate'], ['LAC2', 'Immediate'], [null, null], ['LAC4', 'Within 3 months'], ['LAC5', 'Within 3 months'],
      ['LAC6', 'Within 3 months'], ['LAC7', 'Within 3 months'], ['LAC8', 'Within 3 months'], ['LAC9', 'Within 3 months'],
      ['LAC10', 'Within 6 months'], ['LAC11', 'Within 6 months'],
    ]);
    expect(plan.recommendations.find((rec) => rec.code === 'S10')?.text).toBe(
      'NHS Harrow, public health and the LSCB should ensure that an effective model for the rapid response service is developed and that the child death overview panel (CDOP) communicates with frontline services to best effect.',
    );
    expect(plan.sections.map((section) => section.title)).toEqual(['Part 1 – Inspection Recommendations', 'SAFEGUARDING', 'LOOKED AFTER CHILDREN']);
  });

  it('names the plan after its sheet: the banner printed on all 13 pages is never the title', () => {
    expect(plan.title).toBe('Improvement Plan');
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'title-from-sheet', severity: 'info', sheet: SHEET }));
  });

  it('reads the plan as of 11 September 2012, the latest date a progress note reports as passed (`took place 11 th September`)', async () => {
    expect(plan.asOf).toBe('2012-09-11');
    const issue = result.issues.find((each) => each.code === 'as-of-inferred');
    expect(issue).toMatchObject({ severity: 'info', sheet: SHEET, cell: 'F20' });
    expect(issue?.message).toContain('"11 th September" (year 2012');
    // Later dates are plans, not events: `Meeting arranged for 25 th September`, `to be signed off on 20 th Sept.`
    expect(interpretGrid(await readGrid(FILE), { inspection: { date: '2012-05' } }).plan.asOf).toBe('2012-09-11');
    expect(interpretGrid(await readGrid(FILE), { asOf: '2012-10-01' }).plan.asOf).toBe('2012-10-01');
  });

  it('resolves the timescales to due dates against the May 2012 inspection when it is given', async () => {
    expect(plan.inspections).toEqual([{ id: 'inspection', bodies: ['Ofsted'], title: 'Ofsted inspection', date: null, judgement: null }]);
    const dated = interpretGrid(await readGrid(FILE), { inspection: { date: '2012-05' } }).plan;
    const due = (code: string): string | null | undefined => dated.recommendations.find((rec) => rec.code === code)?.due;
    expect([due('S2'), due('S3'), due('S10'), due('LAC1'), due('LAC10')]).toEqual(['2012-05', '2012-08', '2012-11', '2012-05', '2012-11']);
    expect(dated.recommendations.every((rec) => rec.inspectionId === 'inspection')).toBe(true);
  });

  it('splits S7\u2019s packed actions with leads, dates, tiers and progress in step, and Held (4) waits for (1) and (2)', () => {
    const s7 = under(plan, 'S7');
    expect(s7.map((action) => [action.ref, action.tier, action.leads, action.due, action.status])).toEqual([
      ['(1)', 'must-do', ['SM QA'], '2012-12-31', 'in-progress'],
      ['(2)', 'must-do', ['SM QA'], '2012-09-27', 'complete'],
      ['(3)', 'embedding', ['Imp. Board members'], '2012-12-31', null],
      ['(4)', 'embedding', ['SM QA'], '2013-03-31', 'blocked'],
      ['(5)', 'embedding', ['DD TS'], '2012-08-31', null],
    ]);
    expect(s7[3]?.progress).toEqual([{ date: null, status: 'blocked', statusText: 'Held', text: 'Will follow completion of 1 & 2' }]);
    expect(s7[3]?.dependencies).toEqual([s7[0]?.id, s7[1]?.id]);
    expect(s7[0]?.source).toMatchObject({ sheet: SHEET, row: 43, cells: { title: 'D43', leads: 'C43', due: 'E43', progress: 'F43' } });
  });

  it('reads S2 with `Des. Nurse` resolved to the key\u2019s `Des Nurse` and the trailing-dot date `27.9.12.`', () => {
    const s2 = under(plan, 'S2');
    expect(s2.map((action) => action.ref)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    expect(s2[0]).toMatchObject({ title: 'Revise multi-agency pre-birth protocol', leads: ['LSCB SP', 'Des Nurse'], due: '2012-09-27', dueText: '27.9.12.', tier: 'must-do' });
    expect(s2[0]?.progress[0]).toMatchObject({ status: 'in-progress', statusText: 'Awaiting sign-off' });
    expect(s2[1]?.progress[0]).toMatchObject({ status: 'complete', statusText: 'Completed' });
  });

  it('reads S4\u2019s `3)` without its bracket and the lead and date rows below it', () => {
    expect(under(plan, 'S4').map((action) => [action.ref, action.leads, action.due])).toEqual([
      ['(1)', ['DCS'], '2012-09-17'],
      ['(2)', ['DD TS', 'DD CWD', 'DD EI'], '2012-08-31'],
      ['3)', ['SM CP'], '2012-08-31'],
      ['(4)', ['SM QA'], '2012-12-31'],
      ['(5)', ['DD TS', 'DD CWD', 'DD EI'], '2012-12-31'],
      ['(6)', ['LSCB SP'], '2012-12-31'],
    ]);
    expect(under(plan, 'S4')[2]?.title).toBe(
      'The introduction of regular case forum discussions in conjunction with Morning Lane Associates, using Signs of Safety principles in Assessments.',
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'role-alias-used', cell: 'C27', message: 'Lead "DD DWD" read as "DD CWD" from the role key.' }));
  });

  it('reads `Ongoing to May 2013` in S10\u2019s packed date cell as one date, and gives LAC7\u2019s lone lead and date row to (5)', () => {
    expect(under(plan, 'S10').map((action) => [action.ref, action.due, action.dueText])).toEqual([
      ['(1)', '2012-09-30', '30.9.12'],
      ['(2)', '2012-11-30', '30/11/12'],
      ['(3)', '2013-01-01', '01/01/13'],
      ['(4)', '2013-05', 'Ongoing to May 2013'],
    ]);
    const lac7 = under(plan, 'LAC7');
    expect(lac7.map((action) => [action.ref, action.tier, action.leads, action.due, action.source?.row])).toEqual([
      ['(1)', 'must-do', ['QA Mgr.'], '2012-09-27', 94],
      ['(2)', 'must-do', ['QA Mgr.'], '2012-09-27', 95],
      ['(3)', 'must-do', ['SM QA'], '2012-09-27', 96],
      ['(4)', 'embedding', ['QA Mgr.'], '2013-04-30', 98],
      ['(5)', 'embedding', ['QA Mgr.'], '2013-04-30', 102],
    ]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'lead-row-without-action', cell: 'C98', ref: '(5)' }));
  });

  it('reports the impossible `31.9.12` with its cell, keeps the orphans of the lost S1, and puts LAC3\u2019s offset progress on the action it names', () => {
    expect(result.issues).toContainEqual({
      code: 'impossible-date', severity: 'error', message: '"31.9.12" is not a real date: September has 30 days.', path: [], ref: '(1)', sheet: SHEET, cell: 'E106',
    });
    expect(under(plan, 'LAC11')[0]).toMatchObject({ due: null, dueText: '31.9.12' });
    expect(under(plan, null).map((action) => [action.ref, action.due])).toEqual([['(9)', '2012-09-30'], ['(10)', '2012-12-31'], ['(11)', '2012-12-31']]);
    const lac3 = plan.actions.filter((action) => action.recommendationIds[0] === plan.recommendations[12]?.id);
    expect(lac3.find((action) => action.ref === '(3)')?.progress[0]).toMatchObject({ statusText: 'On track' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'progress-key-offset', cell: 'F70' }));
  });

  it('accounts for every cell: each of the 13 banners and repeated headers ignored with its reason', () => {
    expectFidelity(result.fidelity, result.grid);
    const reasons = result.fidelity.ignored.filter((each) => each.sheet === SHEET && each.cell.startsWith('A')).map((each) => each.reason);
    expect(reasons.filter((reason) => reason.startsWith('banner "AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT"'))).toHaveLength(13);
    expect(result.fidelity.ignored.find((each) => each.cell === 'A1' && each.sheet === 'Key')?.reason).toBe('heading of the role key');
  });
});
