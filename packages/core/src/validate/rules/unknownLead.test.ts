import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action, Person } from '../../model/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { unknownLead } from './unknownLead';

// Seed 004's "Key: Lead Officers", in part.
const key: Person[] = [
  { key: 'DD TS', name: 'Divisional Director Targeted Services', aliases: [] },
  { key: 'SM QA', name: 'SM Quality Assurance', aliases: [] },
  { key: 'LSCB SP', name: 'LSCB Snr. Professional', aliases: [] },
  { key: 'Des Nurse', name: 'Designated Nurse (NHS Harrow)', aliases: [] },
  { key: 'Des. Dr. (NHSH)', name: 'Designated Doctor (NHS Harrow)', aliases: ['Des. Dr (NHSH)'] },
  { key: 'NHSH (DBD)', name: 'Deputy Borough Director, NHS Harrow', aliases: [] },
];

const context = (actions: Action[], people = key): RuleContext => ({
  plan: createPlan({ id: 'harrow-2012', title: 'Improvement Development Plan', people, actions }),
  asOf: '2012-09-30',
  scheme: undefined,
  staleDays: 60,
  facts: planFacts(actions),
});

describe('unknown-lead', () => {
  it('suggests "Des Nurse" for seed 004 S2\'s "Des. Nurse", pointing at the lead cell', () => {
    const s2 = createAction({
      id: 's2-1',
      ref: '(1)',
      title: 'Revise multi-agency pre-birth protocol',
      leads: ['LSCB SP', 'Des. Nurse'],
      source: { sheet: 'Part 1', row: 12, cells: { leads: 'C12', title: 'D12' } },
    });
    expect(unknownLead.check(context([s2]))).toEqual([
      {
        message: '"Des. Nurse" is not in the lead officer key. Did you mean "Des Nurse" (Designated Nurse (NHS Harrow))?',
        path: ['actions', 0, 'leads', 1],
        ref: '(1)',
        sheet: 'Part 1',
        cell: 'C12',
      },
    ]);
  });

  it('offers no suggestion for "Imp. Board members" (seed 004 S7), which is nothing like a key entry', () => {
    const s7 = createAction({ id: 's7-3', ref: '(3)', title: 'All agencies to review their own supervision policy with updates to follow', leads: ['Imp. Board members'] });
    expect(unknownLead.check(context([s7])).map((issue) => issue.message)).toEqual(['"Imp. Board members" is not in the lead officer key.']);
  });

  it('accepts keys and aliases as written, whatever the spacing', () => {
    const s4 = createAction({ id: 's4', ref: '(4)', title: 'Health leads to shadow the children\'s access team', leads: ['NHSH (DBD)', ' Des. Dr (NHSH)', 'DD  TS'] });
    expect(unknownLead.check(context([s4]))).toEqual([]);
  });

  it('checks nothing when the plan keeps no role key (seed 000 names people)', () => {
    const m = createAction({ id: 'm', ref: '20.1', title: 'System developed', leads: ['Sarah Parker'] });
    expect(unknownLead.check(context([m], []))).toEqual([]);
  });
});
