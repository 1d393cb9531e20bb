import { describe, expect, it } from 'vitest';
import { ActionSchema, createAction, createPlan, PartialDateSchema, planJsonSchema, PlanSchema, withoutRepeats } from './index';

describe('PlanSchema', () => {
  it('accepts a plan built from seed 003 wording', () => {
    const plan = createPlan({
      id: 'col-2016',
      title: 'Improvements following from the OFSTED Report - July 2016',
      actions: [
        createAction({
          id: 'a-1-1',
          ref: '1.1',
          title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
          leads: ['RG'],
          start: '2017-01',
          startText: 'Jan-17',
          due: '2017-02',
          dueText: 'Feb-17',
          rag: 'amber',
        }),
      ],
    });
    expect(PlanSchema.parse(plan).actions[0]?.due).toBe('2017-02');
  });

  it('rejects a rag level that is not an id and a date that is not ISO', () => {
    const result = ActionSchema.safeParse(createAction({ id: 'x', rag: 'Amber', due: '31.9.12' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['due', 'rag']);
  });

  it('takes dates at day, month, quarter and year precision only', () => {
    for (const ok of ['2011-05-31', '2017-02', '2017-Q1', '2015']) expect(PartialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2011-13', '2011-5-31', '31/10/12', '2017-Q5']) expect(PartialDateSchema.safeParse(bad).success).toBe(false);
  });

  it('exports a JSON Schema', () => {
    const schema = planJsonSchema();
    expect(schema['type']).toBe('object');
    expect(Object.keys(schema['properties'] as object)).toContain('actions');
  });
});

describe('withoutRepeats', () => {
  const base = { path: [], sheet: 'Improvement Plan', cell: 'E106', ref: '(1)' };
  const imported = { ...base, code: 'impossible-date', severity: 'error' as const, message: '"31.9.12" is not a real date: September has 30 days.' };
  const validated = {
    ...base,
    code: 'invalid-date',
    severity: 'error' as const,
    message: 'Due date of action (1): "31.9.12" is not a real date: September has 30 days.',
  };

  it('keeps the fuller of two findings about the same cell', () => {
    expect(withoutRepeats([imported, validated])).toEqual([validated]);
  });

  it('keeps different findings, and findings in other cells', () => {
    const lead = { ...base, cell: 'C106', code: 'unknown-lead', severity: 'warning' as const, message: '"Des. Nurse" is not in the lead officer key.' };
    const elsewhere = { ...imported, cell: 'E107' };
    expect(withoutRepeats([imported, lead, elsewhere, validated])).toEqual([lead, elsewhere, validated]);
  });
});

describe('planJsonSchema', () => {
  it('describes extra columns as text by header', () => {
    const actions = (planJsonSchema()['properties'] as Record<string, { items: { properties: Record<string, unknown> } }>)['actions']!;
    expect(actions.items.properties['extra']).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });
});
