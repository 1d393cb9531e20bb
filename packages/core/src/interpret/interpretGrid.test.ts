import { describe, expect, it } from 'vitest';
import type { Grid } from '../grid/grid';
import type { Action, Plan } from '../model/plan';
import { PlanSchema } from '../model/plan';
import { haringey2011Scheme, levelFor } from '../rag';
import { SEED_000_APPENDIX, SEED_000_PLAN, SEED_003_PLAN, SEED_004_KEY, SEED_004_PLAN } from './fixtures/seedRows';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { interpretGrid } from './interpretGrid';
import type { InterpretResult } from './interpretGrid';

function byRef(plan: Plan, ref: string, recommendationCode?: string): Action {
  const rec = recommendationCode === undefined ? undefined : plan.recommendations.find((each) => each.code === recommendationCode);
  const found = plan.actions.find((action) => action.ref === ref && (rec === undefined || action.recommendationIds[0] === rec.id));
  if (!found) throw new Error(`no action ${ref} ${recommendationCode ?? ''}`);
  return found;
}

function expectFidelity(result: InterpretResult, grid: Grid): void {
  const { fidelity } = result;
  const nonEmpty = grid.sheets.flatMap((sheet) => sheet.rows.flat()).filter((cell) => cell !== null && cell.text.trim() !== '').length;
  expect(fidelity.nonEmptyCells).toBe(nonEmpty);
  expect(fidelity.mapped + fidelity.kept + fidelity.ignored.length).toBe(fidelity.nonEmptyCells);
  expect(fidelity.ignored.filter((entry) => entry.reason === 'not part of any plan table')).toEqual([]);
}

describe('interpretGrid on seed 000 (milestone report, page breaks, legend, appendix)', () => {
  const grid: Grid = {
    sheets: [
      sheetFromRows('Milestones', SEED_000_PLAN, {
        A22: { fill: 'FF0000' }, A23: { fill: 'FFC000' }, A24: { fill: '00B050' }, A25: { fill: '0070C0' },
        // Status is colour only: 1.1 filled with the key's "completed" blue, 23.1 with its red.
        E29: { fill: '0070C0' }, E81: { fill: 'FF0000' },
      }),
      sheetFromRows('Appendix 1', SEED_000_APPENDIX),
    ],
  };
  const result = interpretGrid(grid, { asOf: '2011-05-31' });
  const { plan } = result;

  it('produces a valid plan with the themes and the appendix recommendations', () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.ragScheme).toBe('haringey-2011');
    expect(plan.sections.map((section) => section.title)).toEqual([
      'Theme: Best practice', 'Theme: Participation', 'Theme: Quality Assurance and Performance Management', 'Theme: Workforce development',
      // The appendix's sub-headings section its recommendations.
      'Safeguarding Services', 'Services for looked after children',
    ]);
    expect(plan.recommendations[9]?.sectionId).toBe(plan.sections[5]?.id);
    expect(plan.recommendations.map((rec) => rec.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(plan.recommendations[8]).toMatchObject({ text: 'Improve the way that the Child Protection Advisers carry out their quality control and assurance functions.', timescale: 'Within six months' });
    expect(plan.recommendations[7]?.paragraphRefs).toEqual(['(Not all case files have up-to-date chronologies – Ref 39 P. 39)']);
  });

  it('rebuilds actions and milestones, joining text split over page breaks', () => {
    const action1 = byRef(plan, '1.');
    expect(action1.title).toBe('Ensure that the quality of all case recording, staff supervision, assessments and care planning consistently matches best practice (Ofsted Feb 2011 – Rec 8)');
    expect(action1.measures[0]).toContain('Safeguarding services of a high quality are being delivered across the Borough');
    expect(plan.actions.filter((action) => action.parentId === action1.id).map((action) => action.ref)).toEqual(['1.1', '1.2', '1.3', '1.5', '1.6', '1.7']);
    expect(byRef(plan, '1.6').title).toBe(
      'System developed to give children and young people who go missing from care the opportunity to have an independent interview as part of strategy arrangements (Ofsted Feb 2011 - Rec 7)',
    );
    expect(byRef(plan, '2.').title).toBe('Review arrangements for short term breaks in line with best practice');
    expect(byRef(plan, '5.2').title).toBe('Communications plan developed to raise awareness of Children in Care Council and London Pledge (Ofsted Feb 2011)');
    expect(plan.actions.filter((action) => action.ref === '20.1')).toHaveLength(2);
    expect(byRef(plan, '20.2').parentId).toBe(byRef(plan, '21.').id);
    expect(byRef(plan, '23').title).toMatch(/^Ensure that the quality of all staff supervision/);
    expect(plan.actions.find((action) => action.kind === 'milestone' && action.ref === null)?.title).toMatch(/^Quality assurance framework developed/);
  });

  it('reads dates, leads, progress, ratings from fills and recommendation links', () => {
    const m11 = byRef(plan, '1.1');
    expect(m11).toMatchObject({ start: '2011-03-01', due: '2011-05-31', dueText: '31-May-2011', leads: ['Debbie Haith'], rag: levelFor(haringey2011Scheme, 'complete')?.id, status: 'complete' });
    expect(m11.progress[0]).toMatchObject({ date: '2011-05', status: 'complete', statusText: 'Achieved' });
    expect(m11.progress[0]?.text).toMatch(/^The procedure for case record auditing/);
    expect(m11.source).toMatchObject({ sheet: 'Milestones', row: 29, cells: { title: 'B29', due: 'D29', leads: 'G29', rag: 'E29', progress: 'F29' } });
    expect(byRef(plan, '23.1')).toMatchObject({ rag: levelFor(haringey2011Scheme, 'off-track', { supportRequired: true })?.id, due: '2011-05-31' });
    expect(byRef(plan, '23.1').progress[0]).toMatchObject({ statusText: 'Not achieved' });
    expect(byRef(plan, '20.2')).toMatchObject({ start: '2011-05-01', due: '2011-07-31', dueText: '31- July- 2011' });
    expect(byRef(plan, '20.2').progress[0]?.text).toContain('IROs/Nursing team audit cycles will be established');
    expect(byRef(plan, '16.').measures).toHaveLength(1);
    expect(plan.actions.find((action) => action.leads[0] === 'Debbie Haith (Chair QA Sub Group)')).toBeDefined();
    const rec = (code: string) => plan.recommendations.find((each) => each.code === code)?.id;
    expect(byRef(plan, '1.1').recommendationIds).toEqual([rec('1')]);
    expect(byRef(plan, '1.').recommendationIds).toEqual([rec('8')]);
    expect(byRef(plan, '4.1').recommendationIds).toEqual([rec('13')]);
    expect(byRef(plan, '23.1').recommendationIds).toEqual([rec('4')]);
    expect(result.issues.filter((issue) => issue.code === 'unresolved-recommendation-link').map((issue) => [issue.ref, issue.cell])).toEqual([
      ['14.4', 'B59'], ['20.2', 'B73'],
    ]);
    expect(result.issues.find((issue) => issue.code === 'rag-from-fill' && issue.cell === 'E29')?.message).toContain('as the sheet’s key defines it');
  });

  it('accounts for every cell: the key and repeated headers ignored with their reason', () => {
    expectFidelity(result, grid);
    const reasons = new Map(result.fidelity.ignored.map((entry) => [`${entry.sheet}!${entry.cell}`, entry.reason]));
    expect(reasons.get('Milestones!A58')).toBe('the header row repeated (page break)');
    expect(reasons.get('Milestones!B22')).toBe('colour key above the table');
    expect(reasons.get('Milestones!A13')).toBe('banner "Haringey Council" above the table');
    expect(reasons.has('Milestones!A3')).toBe(false);
  });
});

describe('interpretGrid on seed 003 (10-column blocks, blank refs, RAG words)', () => {
  const grid: Grid = { sheets: [sheetFromRows('Plan', SEED_003_PLAN)] };
  const result = interpretGrid(grid);
  const { plan } = result;

  it('reads 55 actions under 15 recommendations in 4 sections', () => {
    expect(plan.actions).toHaveLength(55);
    expect(plan.recommendations).toHaveLength(15);
    expect(plan.sections.map((section) => section.title)).toEqual([
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children looked after and achieving permanence',
      'Leadership , Management and Governance',
      'The experience and progress of Care Leavers',
    ]);
    expect(plan.ragScheme).toBe('rag');
  });

  it('links blank-ref rows and repeated recommendation text to one recommendation', () => {
    const para39 = plan.recommendations.find((rec) => rec.paragraphRefs.includes('Paragraph 39'));
    expect(plan.actions.filter((action) => action.recommendationIds[0] === para39?.id).map((action) => action.ref)).toEqual(['6.1', '6.2', '6.3', '6.4', null, null]);
    const rec3 = plan.recommendations.find((rec) => rec.code === 'Ofsted recommendation 3');
    expect(plan.actions.filter((action) => action.recommendationIds[0] === rec3?.id)).toHaveLength(6);
  });

  it('reads month dates, leads, ratings, comments and DLT lead kept verbatim', () => {
    expect(byRef(plan, '1.1')).toMatchObject({ start: '2017-01', due: '2017-02', dueText: 'Feb-17', leads: ['RG'], rag: 'amber', extra: { 'DLT lead:': 'CP' } });
    expect(byRef(plan, '1.1').measures[0]).toBe('Written plans for children are consistently SMART');
    expect(byRef(plan, '3.4')).toMatchObject({ due: '2017-06', dueText: 'Jun-2017', leads: ['CP'] });
    expect(byRef(plan, '3.3')).toMatchObject({ leads: [], extra: {} });
    expect(byRef(plan, '2.3')).toMatchObject({ status: 'complete', comments: 'complete. Next review of practice standards is in June.' });
    expect(byRef(plan, 'A6.2')).toMatchObject({ title: '', leads: ['RG', 'JF'], rag: 'green' });
    expect(plan.actions.filter((action) => action.rag === 'amber').map((action) => action.ref)).toEqual(['1.1', null, null]);
    expect(plan.actions.filter((action) => action.rag === 'green')).toHaveLength(52);
  });

  it('accounts for every cell', () => {
    expectFidelity(result, grid);
    expect(result.fidelity.kept).toBe(54);
  });
});

describe('interpretGrid on seed 004 (packed cells, tiers, role key sheet)', () => {
  const grid: Grid = { sheets: [sheetFromRows('Key', SEED_004_KEY), sheetFromRows('Plan', SEED_004_PLAN)] };
  const result = interpretGrid(grid, { referenceDate: '2012-09' });
  const { plan } = result;

  it('reads recommendations with codes, timescales and outcomes split over rows', () => {
    expect(plan.people).toHaveLength(30);
    // `Part 1 – …` is a part of the plan holding the two sections, not the plan's title.
    expect(plan.sections.map((section) => [section.title, section.parentId])).toEqual([
      ['Part 1 – Inspection Recommendations', null],
      ['SAFEGUARDING', 'sec-part-1-inspection-recommendations'],
      ['LOOKED AFTER CHILDREN', 'sec-part-1-inspection-recommendations'],
    ]);
    expect(plan.recommendations.map((rec) => rec.code)).toEqual([
      'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'LAC1', 'LAC2', null, 'LAC4', 'LAC5', 'LAC6', 'LAC7', 'LAC8', 'LAC9', 'LAC10', 'LAC11',
    ]);
    const rec = (code: string) => plan.recommendations.find((each) => each.code === code);
    expect(rec('S2')).toMatchObject({ timescale: 'Immediate', outcomes: ['Timely pre-birth planning.'] });
    expect(rec('S6')).toMatchObject({ timescale: 'Within 3 months', outcomes: ['CP Chairs provide analysis and challenge at Conferences and escalate concerns when appropriate e.g. drift'] });
    expect(rec('S10')?.text).toBe(
      'NHS Harrow, public health and the LSCB should ensure that an effective model for the rapid response service is developed and that the child death overview panel (CDOP) communicates with frontline services to best effect.',
    );
    expect(rec('LAC6')?.timescale).toBe('Within 3 months');
  });

  it('keeps the orphan actions (9)–(11) of the lost S1 without a recommendation', () => {
    expect(plan.actions.slice(0, 3).map((action) => [action.ref, action.recommendationIds, action.leads])).toEqual([
      ['(9)', [], ['DCS']], ['(10)', [], ['DD TS', 'SM Place.', 'SM CLA']], ['(11)', [], ['DD TS']],
    ]);
  });

  it('splits packed actions, leads, dates and progress in step', () => {
    const s6 = ['(1)', '(2)', '(3)'].map((ref) => byRef(plan, ref, 'S6'));
    expect(s6.map((action) => [action.tier, action.leads, action.due])).toEqual([
      ['must-do', ['QA Mgr.'], '2012-09-27'], ['must-do', ['SM QA'], '2012-10-31'], ['embedding', ['LSCB SP'], '2012-12-31'],
    ]);
    expect(s6.map((action) => action.progress[0]?.statusText)).toEqual(['On track', 'Completed', 'Ongoing']);
    const s7 = ['(1)', '(2)', '(3)', '(4)', '(5)'].map((ref) => byRef(plan, ref, 'S7'));
    expect(s7.map((action) => action.leads)).toEqual([['SM QA'], ['SM QA'], ['Imp. Board members'], ['SM QA'], ['DD TS']]);
    expect(s7.map((action) => action.dueText)).toEqual(['31.12.12', '27.9.12', '31.12.12', '31.3.13', '31.8.12']);
    expect(s7[3]).toMatchObject({ status: 'blocked', tier: 'embedding' });
    expect(s7[3]?.progress[0]).toMatchObject({ statusText: 'Held', text: 'Will follow completion of 1 & 2' });
    expect(byRef(plan, '(4)', 'S4')).toMatchObject({ title: 'Risk assessment training to be commissioned for social workers and managers', leads: ['SM QA'] });
    expect(byRef(plan, '(2)', 'S4').leads).toEqual(['DD TS', 'DD CWD', 'DD EI']);
    expect(byRef(plan, '(1)', 'S2')).toMatchObject({ leads: ['LSCB SP', 'Des Nurse'], due: '2012-09-27', dueText: '27.9.12.', status: 'in-progress' });
    expect(byRef(plan, '(1)', 'S10').title).toBe('Convene group to review rapid response and CDOP arrangements');
  });

  it('puts progress keyed out of step with its row on the action it names', () => {
    expect(byRef(plan, '(2)', 'S8').progress[0]?.text).toBe(
      'Subgroups will develop their own work programmes in line with Business Plan. Independent Chair has arranged to meet all subgroup chairs by the 14 th September.',
    );
    expect(result.issues.filter((issue) => issue.code === 'progress-key-offset').length).toBeGreaterThanOrEqual(5);
  });

  it('accounts for every cell, the key sheet included', () => {
    expectFidelity(result, grid);
    expect(result.fidelity.ignored.filter((entry) => entry.sheet === 'Key')).toEqual([]);
    expect(result.fidelity.ignored.find((entry) => entry.cell === 'A3')?.reason).toBe('banner "AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT" above the table');
  });
});

describe('interpretGrid edge cases', () => {
  it('reads a canonical Plan sheet through the generic detector: every column mapped, Status as delivery beside RAG', () => {
    const sheet = sheetFromRows('Plan', [
      'Id\tSection\tRecommendation code\tRef\tKind\tAction\tTier\tLead officer(s)\tInvolved\tStart\tDue\tStatus\tRAG\tMeasures\tLatest progress\tComments',
      'a-1\tSAFEGUARDING\t(S7) Ensure supervision processes provide sufficient reflection\t(4)\tmilestone\tUndertake a follow up audit of supervision practice\tembedding\tSM QA\tDD TS\t\t31.3.13\tBlocked\tAmber\t\tHeld: Will follow completion of 1 & 2\tSee S7',
    ]);
    const { plan, mapping, fidelity } = interpretGrid({ sheets: [sheet] });
    expect(mapping.filter((column) => column.field === 'extra')).toEqual([]);
    expect(plan.actions[0]).toMatchObject({
      id: 'a-1', kind: 'milestone', ref: '(4)', tier: 'embedding', leads: ['SM QA'], involved: ['DD TS'], due: '2013-03-31', status: 'blocked', rag: 'amber', comments: 'See S7',
    });
    expect(fidelity.ignored.every((entry) => entry.reason === 'header row')).toBe(true);
  });

  it('reads cells shifted one column right of their headers under the header to their left (001 2.1.7)', () => {
    const sheet = sheetFromRows('JAR', [
      'Action\tLead\tInvolved groups\tTimescale\tTargets and outcomes',
      '2.1.7 Ensure that social care transfer protocols are in place\tC&YPS DDC&F\tC&YPS\t\tFeb – March 09 April 09\tProtocols established',
      '2.1.8 Establish thresholds for Police attendance\tMPS\tMPS\t\tFeb – May 09',
    ]);
    const { plan, issues, fidelity } = interpretGrid({ sheets: [sheet] });
    expect(plan.actions.map((action) => [action.ref, action.start, action.due, action.measures])).toEqual([
      ['2.1.7', '2009-02', '2009-04', ['Protocols established']], ['2.1.8', '2009-02', '2009-05', []],
    ]);
    expect(issues.filter((issue) => issue.code === 'column-shift').map((issue) => issue.cell)).toEqual(['E2']);
    expect(fidelity.ignored.map((entry) => entry.reason)).toEqual(Array(5).fill('header row'));
  });

  it('says so when no sheet holds a plan table, and ignores every cell with a reason', () => {
    const grid: Grid = { sheets: [sheetFromRows('Notes', ['Minutes of the board', 'Apologies: none'])] };
    const result = interpretGrid(grid);
    expect(result.issues.map((issue) => issue.code)).toEqual(['sheet-ignored', 'no-plan-table']);
    expect(result.fidelity).toEqual({
      nonEmptyCells: 2, mapped: 0, kept: 0,
      ignored: [{ sheet: 'Notes', cell: 'A1', reason: 'sheet holds no plan table' }, { sheet: 'Notes', cell: 'A2', reason: 'sheet holds no plan table' }],
    });
  });

  it('applies a recommendation cell merged down over its rows to every row, and uses the Id column', () => {
    const sheet = sheetFromRows('Plan', [
      'Recommendations\tId\tRef\tAction\tDue Date\tRAG',
      '(S2) Ensure pre-birth planning\tA-1\t1\tRevise protocol\t27.9.12\tGreen',
      '\tA-2\t2\tReview processes\t40694\tBlue',
    ], { E3: { number: 40694 } }, [{ top: 1, left: 0, bottom: 2, right: 0 }]);
    const { plan, fidelity } = interpretGrid({ sheets: [sheet] });
    expect(plan.actions.map((action) => [action.id, action.recommendationIds, action.due, action.rag])).toEqual([
      ['A-1', ['rec-s2'], '2012-09-27', 'green'], ['A-2', ['rec-s2'], '2011-05-31', 'blue'],
    ]);
    expect(plan.actions[1]?.source?.cells?.['due']).toBe('E3');
    expect(fidelity).toMatchObject({ nonEmptyCells: 17, mapped: 11 });
  });
});
