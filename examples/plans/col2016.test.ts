import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '@actionplan/core';
import { buildCol2016Plan } from './buildCol2016';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const plan = PlanSchema.parse(JSON.parse(read('./col-2016.plan.json')));
const byRef = (ref: string) => plan.actions.find((action) => action.ref === ref);

describe('the bundled example plan col-2016.plan.json (seed 003, City of London)', () => {
  it('is exactly what buildCol2016.ts derives from the committed TSV copy of the seed', () => {
    expect(buildCol2016Plan(read('./col-2016.tsv'))).toEqual(plan);
  });

  it('holds all 55 action rows, 15 recommendation groups and one section per distinct theme', () => {
    expect(plan.actions).toHaveLength(55);
    expect(plan.recommendations).toHaveLength(15);
    expect(plan.sections.map((section) => section.title)).toEqual([
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children looked after and achieving permanence',
      'Leadership , Management and Governance',
      'The experience and progress of Care Leavers',
    ]);
    expect(plan.actions.filter((action) => action.ref === null)).toHaveLength(10);
  });

  it('keeps 1.1 as the seed has it: Jan-17 to Feb-17, RG with DLT lead CP, Amber, four measures', () => {
    const action = byRef('1.1');
    expect(action).toMatchObject({
      title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
      start: '2017-01',
      startText: 'Jan-17',
      due: '2017-02',
      dueText: 'Feb-17',
      leads: ['RG'],
      extra: { 'DLT lead:': 'CP' },
      rag: 'amber',
      recommendationIds: ['rec-1'],
    });
    expect(action?.measures[0]).toBe('Written plans for children are consistently SMART');
    expect(action?.measures[3]).toBe('Partner agencies are able to contribute to plans where appropriate');
  });

  it('keeps blank and truncated action text verbatim, and splits joint leads', () => {
    expect(byRef('A6.2')?.title).toBe('');
    expect(byRef('A6.3')?.title).toBe('');
    expect(byRef('1.8')?.title).toBe('Initiate pilot of new plan templates in');
    expect(byRef('A5.1')).toMatchObject({ leads: ['RG', 'JF'], due: '2017-06', dueText: 'Jun-2017' });
    expect(byRef('3.3')).toMatchObject({ leads: [], extra: {}, comments: null });
  });

  it('rates 52 Green and 3 Amber: 1.1, the first chronology row and the child-friendly draft', () => {
    const amber = plan.actions.filter((action) => action.rag === 'amber');
    expect(plan.actions.filter((action) => action.rag === 'green')).toHaveLength(52);
    expect(amber.map((action) => [action.ref, action.title.slice(0, 40)])).toEqual([
      ['1.1', 'Review and revise layout of Early Help p'],
      [null, 'Ensure that an up-to-date chronology is '],
      [null, 'Draft child/language friendly version of'],
    ]);
  });

  it('splits recommendation codes and paragraph references from the printed labels', () => {
    const codes = plan.recommendations.map((rec) => rec.code);
    expect(codes.filter((code) => code?.startsWith('Ofsted recommendation'))).toHaveLength(6);
    expect(plan.recommendations.find((rec) => rec.code === '5')).toMatchObject({
      text: 'Explore provision of a range of placement options available for children looked after (Executive Summary - pg. 16)',
      paragraphRefs: ['Executive Summary - pg. 16'],
    });
    const health = plan.recommendations.filter((rec) => rec.paragraphRefs.includes('Paragraph 39'));
    expect(health).toHaveLength(1);
    expect(plan.actions.filter((action) => action.recommendationIds.includes(health[0]!.id))).toHaveLength(6);
  });

  it('is rated as at 30 April 2017 and says the date is inferred', () => {
    expect(plan.asOf).toBe('2017-04-30');
    expect(plan.title).toContain('April 2017');
    expect(plan.inspections[0]).toMatchObject({ bodies: ['Ofsted'], date: '2016-07' });
  });
});
