import type { Plan } from '@actionplan/core';
import { importWorkbook, type ImportResult } from '@actionplan/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFidelity } from './expectFidelity';

describe('scrutiny-update-2016.xlsx (seed 002)', () => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importWorkbook('examples/legacy/scrutiny-update-2016.xlsx');
    plan = result.plan;
  });

  it('reads the banner as the title and the July 2014 inspection from the formula-like text, which stays text', () => {
    expect(plan.title).toBe("Ofsted Recommendation Review of Progress for Children's Services");
    expect(plan.inspections).toEqual([{ id: 'inspection', bodies: ['Ofsted'], title: 'Ofsted inspection', date: '2014-07', judgement: null }]);
    expect(result.grid.sheets[0]?.rows[2]?.[0]).not.toHaveProperty('formula');
  });

  it('reads the plan as of its review date, November 2016, not the later committee date', () => {
    expect(plan.asOf).toBe('2016-11-30');
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'as-of-inferred', sheet: 'Recommendations', cell: 'D7', message: expect.stringContaining('Last reviewed date "November 2016"') }));
  });

  it('reads the Key Judgement Area sections and Recommendation 1…17 in them', () => {
    expect(plan.sections.map((section) => [section.kind, section.title.slice(0, 50)])).toEqual([
      ['key-judgement-area', 'Key Judgement Area: The experiences and progress o'],
      ['key-judgement-area', 'Key Judgement Area: The experiences and progress o'],
      ['key-judgement-area', 'Key Judgement Area: Leadership, management and gov'],
    ]);
    expect(plan.recommendations.map((rec) => rec.code)).toEqual(Array.from({ length: 17 }, (_, index) => `Recommendation ${index + 1}`));
    const inSection = (index: number): Array<string | null> =>
      plan.recommendations.filter((rec) => rec.sectionId === plan.sections[index]?.id).map((rec) => rec.code);
    expect(inSection(0)).toHaveLength(7);
    expect(inSection(1)[0]).toBe('Recommendation 8');
    expect(inSection(2)).toEqual(['Recommendation 17']);
    expect(plan.recommendations[1]?.text).toBe('Ensure that strategy discussions include all relevant agencies');
  });

  it('keeps the progress reported on each recommendation, dated from `Last reviewed`', () => {
    expect(plan.actions).toHaveLength(17);
    const first = plan.actions[0];
    expect(first).toMatchObject({
      ref: 'Recommendation 1',
      recommendationIds: [plan.recommendations[0]?.id],
      source: { sheet: 'Recommendations', row: 7, cells: { title: 'B7', progress: 'C7' } },
    });
    expect(first?.progress).toHaveLength(1);
    expect(first?.progress[0]).toMatchObject({ date: '2016-11', status: null });
    expect(first?.progress[0]?.text).toMatch(/^The Early Help service was formally launched in October 2015/);
    expect(plan.actions[5]?.progress[0]?.text).toMatch(/^Despite seeing a 26% increase in ICPCs/);
  });

  it('reads the indicators into plan.indicators, percentages as shown, linked to the recommendation they name', () => {
    expect(plan.indicators).toHaveLength(11);
    expect(plan.indicators[0]).toEqual({
      id: 'ind-lac-dental-checks-up-to-date',
      name: 'LAC dental checks up to date',
      unit: '%',
      baseline: '79%',
      target: '90%',
      actual: '84%',
      period: 'end of Sept',
      recommendationId: plan.recommendations[13]?.id,
    });
    expect(plan.indicators[2]).toMatchObject({ name: 'Care leavers in suitable accommodation', baseline: '69%', actual: '52%; 156 from 175' });
    expect(plan.indicators[3]).toMatchObject({ name: 'ICPCs within 15 working days', target: 'our target', actual: '98%', recommendationId: plan.recommendations[5]?.id });
    expect(plan.indicators[4]).toMatchObject({ name: 'Assessment timeliness', target: 'statutory 45 days', recommendationId: null });
    expect(plan.indicators[10]).toMatchObject({ name: '18-year-old care leavers receiving health history', actual: '83%', period: 'As at the end of August 2016', recommendationId: plan.recommendations[15]?.id });
  });

  it('accounts for every cell', () => {
    expectFidelity(result.fidelity, result.grid);
    expect(result.fidelity.ignored.find((entry) => entry.sheet === 'Indicators' && entry.cell === 'A1')?.reason).toBe('header row of the indicator table');
    expect(result.fidelity.ignored.find((entry) => entry.sheet === 'Recommendations' && entry.cell === 'A2')?.reason).toBe(
      'banner "Report for: C&YP Scrutiny Panel – 13 December 2016" above the table',
    );
  });
});
