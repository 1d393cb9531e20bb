import type { Action, Plan } from '@actionplan/core';
import { importWorkbook, type ImportResult } from '@actionplan/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFidelity } from './expectFidelity';

const SHEET = 'Appendix 1 JAR action plan';

function byRef(plan: Plan, ref: string): Action {
  const found = plan.actions.find((action) => action.ref === ref);
  if (!found) throw new Error(`no action ${ref}`);
  return found;
}

describe('haringey-jar-2009.xlsx (seed 001)', () => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importWorkbook('examples/legacy/haringey-jar-2009.xlsx');
    plan = result.plan;
  });

  it('reads the themes with their aims and the `Area for improvement N:` sections under them', () => {
    expect(plan.title).toBe('Action Plan in Response to the Joint Area Review of Safeguarding in Haringey');
    expect(plan.inspections).toEqual([{ id: 'inspection', bodies: [], title: 'Joint Area Review', date: null, judgement: null }]);
    const themes = plan.sections.filter((section) => section.kind === 'theme');
    expect(themes.map((section) => section.title)).toEqual([
      'Theme 1 – Leadership and Partnership',
      'Theme 2: Delivering best practice',
      'Theme 4: Early Intervention/universal services',
      'Theme 7: Monitoring the performance and the quality of safeguarding practice',
    ]);
    expect(themes[0]?.aims[0]).toMatch(/^To provide stable, pro-active, capable, visible, supportive, inspirational, listening, confident leaders/);
    expect(themes[1]?.aims.slice(0, 3).map((aim) => aim.slice(0, 30))).toEqual([
      '1. All practice will demonstra', '2. All practice will demonstra', '3. All practice will comply wi',
    ]);
    expect(themes[3]?.aims[0]).toMatch(/^Robust arrangements for monitoring the quality of safeguarding practice/);
    const area = (title: string): Plan['sections'][number] | undefined => plan.sections.find((section) => section.title.startsWith(title));
    expect(area('Area for improvement 2: Ensuring the leadership')).toMatchObject({ kind: 'area-for-improvement', parentId: themes[0]?.id });
    expect(area('Area for improvement 1: Ensure quality assurance')).toMatchObject({ parentId: themes[3]?.id });
    expect(byRef(plan, '1.4.2').sectionId).toBe(area('Area for improvement 4: Improve the workings of the LSCB')?.id);
    expect(byRef(plan, '4.1.1').sectionId).toBe(themes[2]?.id);
  });

  it('reads T.A.N refs, the trailing-dot `2.4.1.`, `2.1.10`, and no action from aims or continuation rows', () => {
    expect(plan.actions).toHaveLength(78);
    expect(plan.actions.every((action) => action.ref !== null)).toBe(true);
    expect(plan.actions.slice(0, 3).map((action) => action.ref)).toEqual(['1.1.1', '1.1.2', '1.1.3']);
    expect(plan.actions.filter((action) => action.ref?.startsWith('2.4.')).map((action) => action.ref)).toEqual(['2.4.1.', '2.4.2.', '2.4.3.']);
    expect(byRef(plan, '2.1.10').title).toMatch(/^All agencies that hold case files on children and young people/);
    expect(plan.actions.some((action) => action.ref === '7.3.3')).toBe(false);
    expect(byRef(plan, '1.3.1').title).toMatch(/to drive improvement on cross cutting issues\.$/);
    expect(byRef(plan, '1.3.1').leads).toEqual(['HSP Chair of the Area Assessment Group']);
    expect(byRef(plan, '2.3.1').title).toMatch(/in line with the guidance in Working Together section 3\.18-3\.21\.$/);
  });

  it('reads multi-period timescales from the start of the first period to the end of the last', () => {
    expect(byRef(plan, '1.1.1')).toMatchObject({ start: '2009-02', due: '2009-09', dueText: 'Feb - May 2009 July 09 March – Sep 09', leads: ['Chief Executive Haringey Council'], involved: ['Partners to HSP'] });
    expect(byRef(plan, '1.1.3')).toMatchObject({ start: '2009-02', due: '2009-09', dueText: 'Feb – Sept 2009' });
    expect(byRef(plan, '1.1.6')).toMatchObject({ start: null, due: '2009-05', dueText: 'May 09' });
    expect(byRef(plan, '2.2.2')).toMatchObject({ start: '2009-02', due: '2010-03', dueText: 'Feb – Apr 09 May – March 10' });
    // Out of order (`June 09 Sep09 Feb – Mar 09`): the earliest start and the latest end.
    expect(byRef(plan, '7.3.2')).toMatchObject({ start: '2009-02', due: '2009-09' });
    expect(byRef(plan, '7.3.5')).toMatchObject({ due: '2009-03-02', dueText: '2 nd March 2009' });
    expect(byRef(plan, '7.2.4')).toMatchObject({ due: null, dueText: 'Monthly' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'several-periods-one-action', cell: 'D9', ref: '1.1.1' }));
  });

  it('reads the shifted columns of 2.1.6–2.1.10 under their headers, and the `Progress and outcomes` variant as progress', () => {
    expect(byRef(plan, '2.1.7')).toMatchObject({ start: '2009-02', due: '2009-04', dueText: 'Feb – March 09 April 09' });
    expect(byRef(plan, '2.1.7').measures[0]).toMatch(/^Protocols established/);
    expect(byRef(plan, '2.1.10')).toMatchObject({ due: '2009-05', dueText: 'Jan – May 09 Jan – May 09' });
    expect(byRef(plan, '2.1.10').measures[0]).toMatch(/^All case files to meet this standard\nAll case files to include:/);
    expect(result.issues.filter((issue) => issue.code === 'column-shift').map((issue) => issue.cell)).toEqual(['E87', 'E88', 'E91', 'F95']);
    const variant = result.fidelity.ignored.find((entry) => entry.cell === 'E142');
    expect(variant?.reason).toBe('header row');
    expect(byRef(plan, '4.1.2').measures).toEqual([]);
    expect(byRef(plan, '4.1.2').progress[0]?.text).toMatch(/^• Clear local continuum of provision agreed/);
    expect(byRef(plan, '7.1.1').measures[0]).toMatch(/^• Sampling, scope and methodology agreed/);
  });

  it('keeps service names whole when splitting leads, and splits leads run together with `and`', () => {
    expect(byRef(plan, '1.2.3').leads).toEqual(["Director Children & Young People's Service"]);
    expect(byRef(plan, '1.1.5').leads).toEqual(['Acting Chief Inspector for Partnership', 'Youth Director C&YPS']);
    expect(byRef(plan, '2.3.3').leads).toEqual(['CYPS Deputy Director of Children & Families']);
    // `and` between two role titles splits; inside one (`Integrated Working & Workforce Dev Manager`) it does not.
    expect(byRef(plan, '7.1.6').leads).toEqual(['North MDT Co-ordinator', 'Integrated Working & Workforce Dev Manager']);
    expect(byRef(plan, '2.1.8').leads).toEqual(['Det. Chief Inspector, CAIT, MPS']);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'lead-unsplit', cell: 'B111', ref: '2.2.6', message: expect.stringContaining('Head of Service for Safeguarding and Children in Need') }));
    expect(byRef(plan, '2.2.6').leads).toEqual(['Head of Service for Safeguarding and Children in Need']);
  });

  it('reads `Feb- April` (2.1.8) in the year of the plan\u2019s dates, and says the plan is undated', () => {
    expect(byRef(plan, '2.1.8')).toMatchObject({ start: '2009-02', due: '2009-04', dueText: 'Feb- April' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'year-inferred', cell: 'E89', ref: '2.1.8' }));
    expect(byRef(plan, '4.1.3')).toMatchObject({ start: '2009-04-02', due: '2009-12', dueText: '2nd April\nDec 09' });
    expect(plan.asOf).toBeNull();
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'as-of-unknown', severity: 'info' }));
  });

  it('ignores the `Appendix 1` page markers and the blank page with their reason, and accounts for every cell', () => {
    expectFidelity(result.fidelity, result.grid);
    const markers = result.fidelity.ignored.filter((entry) => entry.sheet === SHEET && entry.reason.startsWith('page furniture'));
    expect(markers.map((entry) => entry.cell)).toEqual(['A12', 'A29', 'A78', 'A85', 'A93', 'A103', 'A119', 'A136', 'A145', 'A187']);
    expect(markers[0]?.reason).toBe('page furniture "Appendix 1"');
    expect(markers.at(-1)?.reason).toBe('page furniture "This page is intentionally left blank"');
    expect(result.fidelity.ignored.find((entry) => entry.cell === 'A64')?.reason).toBe('the Aims heading');
  });
});
