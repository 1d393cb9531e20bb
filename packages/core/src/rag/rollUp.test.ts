import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/create';
import type { Plan, Recommendation, Section } from '../model/plan';
import { builtInSchemes, bragScheme, ragScheme } from './builtInSchemes';
import { rollUp } from './rollUp';
import { rollUpPlan } from './rollUpPlan';

describe('rollUp', () => {
  it('takes the worst child by default', () => {
    expect(rollUp(['green', 'amber', 'green'], ragScheme)).toBe('amber');
    expect(rollUp(['blue', 'green'], bragScheme)).toBe('green');
  });

  it('can take the best or the most common, a tie going to the worse', () => {
    expect(rollUp(['green', 'amber', 'red'], ragScheme, 'best')).toBe('green');
    expect(rollUp(['green', 'amber', 'green'], ragScheme, 'majority')).toBe('green');
    expect(rollUp(['green', 'amber', 'green', 'amber'], ragScheme, 'majority')).toBe('amber');
  });

  it('leaves out missing ratings, unknown ids and grey unless grey is all there is', () => {
    const ragGrey = builtInSchemes['rag-grey']!;
    expect(rollUp([null, 'purple', 'green', 'grey'], ragGrey)).toBe('green');
    expect(rollUp(['grey', null], ragGrey)).toBe('grey');
    expect(rollUp([null, undefined], ragScheme)).toBeNull();
    expect(rollUp([], ragScheme)).toBeNull();
  });
});

// Seed 003 in small: two recommendations under "The experiences and progress of children who need
// help and protection", with the RAG the plan reports; the chronology rows answer their own group.
function seed003Plan(): Plan {
  const theme: Section = { id: 'help', kind: 'theme', title: 'The experiences and progress of children who need help and protection', parentId: null, aims: [] };
  const leadership: Section = { id: 'lmg', kind: 'theme', title: 'Leadership , Management and Governance', parentId: null, aims: [] };
  const rec = (id: string, code: string, sectionId: string): Recommendation => ({
    id, code, inspectionId: null, sectionId, text: '', timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
  });
  return createPlan({
    id: 'col-2016',
    title: 'Improvements following from the OFSTED Report - July 2016',
    sections: [theme, leadership],
    recommendations: [rec('rec-1', 'Ofsted recommendation 1', 'help'), rec('rec-2', 'Ofsted recommendation 2', 'help'), rec('rec-5', 'Ofsted recommendation 5', 'lmg')],
    actions: [
      createAction({ id: 'a1.1', ref: '1.1', rag: 'amber', recommendationIds: ['rec-1'], sectionId: 'help' }),
      createAction({ id: 'a1.2', ref: '1.2', rag: 'green', recommendationIds: ['rec-1'], sectionId: 'help' }),
      createAction({ id: 'a2.4', ref: '2.4', rag: 'green', recommendationIds: ['rec-2'], sectionId: 'help' }),
      createAction({ id: 'chron', ref: null, title: 'Chronologies', rag: 'amber', sectionId: 'help' }),
      createAction({ id: 'a8.2', ref: '8.2', rag: 'green', recommendationIds: ['rec-5'], sectionId: 'lmg' }),
      createAction({ id: 'a8.2a', ref: null, kind: 'sub-action', parentId: 'a8.2', rag: 'red', sectionId: 'lmg' }),
    ],
  });
}

describe('rollUpPlan', () => {
  it('rolls reported ratings up to recommendation, section and plan', () => {
    const rolled = rollUpPlan(seed003Plan(), (action) => action.rag, ragScheme);
    expect(rolled).toEqual({
      recommendations: { 'rec-1': 'amber', 'rec-2': 'green', 'rec-5': 'red' },
      sections: { help: 'amber', lmg: 'red' },
      plan: 'red',
    });
  });

  it('counts a section\'s own actions beside its recommendations', () => {
    const plan = seed003Plan();
    plan.actions = plan.actions.map((action) => (action.id === 'a1.1' ? { ...action, rag: 'green' } : action));
    const rolled = rollUpPlan(plan, (action) => action.rag, ragScheme);
    expect(rolled.recommendations['rec-1']).toBe('green');
    expect(rolled.sections['help']).toBe('amber'); // the unnumbered chronology row
  });

  it('rolls up sub-sections and by majority when asked', () => {
    const plan = seed003Plan();
    plan.sections.push({ id: 'area-1', kind: 'area-for-improvement', title: 'Area for improvement 1', parentId: 'help', aims: [] });
    plan.actions.push(createAction({ id: 'x', ref: '1.1.1', rag: 'red', sectionId: 'area-1' }));
    const rolled = rollUpPlan(plan, (action) => action.rag, ragScheme, 'majority');
    expect(rolled.sections).toEqual({ help: 'amber', lmg: 'red', 'area-1': 'red' });
    expect(rolled.recommendations['rec-5']).toBe('red'); // green and red tie: the worse
  });

  it('gives null where nothing is rated', () => {
    const plan = createPlan({ id: 'p', title: 'Empty' });
    plan.recommendations.push({ id: 'r', code: 'S1', inspectionId: null, sectionId: null, text: '', timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null });
    expect(rollUpPlan(plan, () => null, ragScheme)).toEqual({ recommendations: { r: null }, sections: {}, plan: null });
  });
});
