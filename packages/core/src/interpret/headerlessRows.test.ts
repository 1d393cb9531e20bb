import { describe, expect, it } from 'vitest';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { interpretGrid } from './interpretGrid';

// Seed 001, Theme 3: areas 2 and 3 follow area 1's table with no header row of their own.
const THEME_3 = [
  'Theme 3: Getting the organisation right',
  'Area for improvement 1: Ensure the organisation is fit for purpose',
  'Action\tLead\tInvolved groups\tTimescale\tTargets and outcomes',
  '3.1.4 Establish dedicated specialist mental health input for Referral and Assessment, Safeguarding and Children in Need teams, to provide consultation, liaison, and direct work with children and families\tDirector CAMHS\tCAMHS R&A staff\tFeb – Sep 09\tDedicated input established',
  '',
  'Area for improvement 2: Ensuring the most efficient and effective mix of professional and support skills',
  '',
  '3.2.1 Employ screening officers to improve the process for receiving, filtering and directing referrals to R&A (supported by the duty social work manager) and free up duty social worker time to undertake assessments\tDD C&F\tC&YPS Haringey Council HR\tFeb – May 09\tScreening Officers employed',
  '3.2.3 Establish a flexible “contact service” which is responsive to the needs of children in care and their families meets the requirement of court\tHead of Service Transformation\tC&YPS\tFeb – March 09 Apr 09 Apr – July 09\tSpecify and agree requirements',
  '',
  'Area for improvement 3: Ensure sufficient capacity for manageable and safe workloads across all agencies',
  '',
  '3.3.3 MPS workload and staffing assessment\tDetective Superintendent CAIT, MPS\tMPS\tFeb – Mar 09 Feb – Mar 09 Apr – Sep 09\tBenchmark workload assessment',
];

describe('rows without a header row of their own (seed 001, areas 3.2 and 3.3)', () => {
  const result = interpretGrid({ sheets: [sheetFromRows('Appendix 1 JAR action plan', THEME_3)] });
  const byRef = (ref: string) => result.plan.actions.find((action) => action.ref === ref);

  it('reads them with the columns of the table above', () => {
    expect(result.plan.actions.map((action) => action.ref)).toEqual(['3.1.4', '3.2.1', '3.2.3', '3.3.3']);
    expect(byRef('3.2.1')).toMatchObject({ leads: ['DD C&F'], involved: ['C&YPS Haringey Council HR'], start: '2009-02', due: '2009-05', measures: ['Screening Officers employed'] });
    expect(byRef('3.3.3')).toMatchObject({ leads: ['Detective Superintendent CAIT, MPS'], start: '2009-02', due: '2009-09' });
    const area = (n: number) => result.plan.sections.find((section) => section.title.startsWith(`Area for improvement ${n}`))?.id;
    expect([byRef('3.1.4')?.sectionId, byRef('3.2.1')?.sectionId, byRef('3.3.3')?.sectionId]).toEqual([area(1), area(2), area(3)]);
  });

  it('says so once per block, naming the header they were read under', () => {
    const notes = result.issues.filter((issue) => issue.code === 'rows-without-header');
    expect(notes.map((issue) => [issue.severity, issue.cell])).toEqual([['info', 'A8'], ['info', 'A13']]);
    expect(notes[0]?.message).toBe('Rows from 8 have no header row of their own; they were read with the columns of the header on row 3 (Action, Lead, Involved groups, Timescale, Targets and outcomes), as their refs follow the table above.');
  });

  it('warns instead when the rows after the heading do not look like the table above', () => {
    const rows = [...THEME_3.slice(0, 7), 'Review workloads quarterly\tDD C&F\tC&YPS\tFeb – May 09\tReviews held'];
    const notes = interpretGrid({ sheets: [sheetFromRows('Plan', rows)] }).issues.filter((issue) => issue.code === 'rows-without-header');
    expect(notes.map((issue) => [issue.severity, issue.cell])).toEqual([['warning', 'A8']]);
  });

  it('says nothing of sections inside a table whose headings never had a header (seed 002\u2019s key judgement areas)', () => {
    const rows = [
      'Ref\tRecommendation\tProgress\tLast reviewed',
      'Key Judgement Area: The experiences and progress of children who need help and protection',
      'Recommendation 1\tEnsure that all children and young people who go missing are offered an independent return interview\tThe Early Help service was formally launched in October 2015\tNovember 2016',
      'Key Judgement Area: Leadership, management and governance',
      'Recommendation 17\tEnsure that the LSCB monitors the effectiveness of early help\tThe LSCB has agreed a dataset\tNovember 2016',
    ];
    const result = interpretGrid({ sheets: [sheetFromRows('Recommendations', rows)] });
    expect(result.plan.actions.map((action) => action.ref)).toEqual(['Recommendation 1', 'Recommendation 17']);
    expect(result.issues.filter((issue) => issue.code === 'rows-without-header')).toEqual([]);
  });
});
