import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/index';
import type { Action, Plan } from '../model/index';
import { ragScheme } from '../rag/index';
import { rules } from './rules';
import type { RuleCode } from './rules';
import { validatePlan } from './validatePlan';

// Seed 000's Quality Assurance theme, May 2011: action 20 holds milestone 20.1 twice, action 21
// holds 20.2, milestone 18.2 has an undated "May 2011 - On track." with nothing after it.
function milestone(ref: string, parent: string, fields: Partial<Action>, row: number): Action {
  return createAction({
    id: `m${row}`,
    kind: 'milestone',
    ref,
    parentId: parent,
    start: '2011-03-01',
    due: '2011-05-31',
    source: { sheet: 'Milestones', row, cells: { ref: `B${row}`, progress: `F${row}`, leads: `G${row}` } },
    ...fields,
  });
}

const achieved = {
  date: '2011-05',
  status: 'complete',
  statusText: 'Achieved',
  text: "<b>May 2011 - Achieved.</b> Established new service whereby all IHA's are completed by Haringey Paediatricians and RHA's by Haringey LAC Nursing Team.",
} as const;

const haringey: Plan = createPlan({
  id: 'haringey-2011',
  title: 'Safeguarding and Looked After Children Action Plan Milestone Report May 2011',
  asOf: '2011-05-31',
  ragScheme: 'haringey-2011',
  actions: [
    createAction({ id: 'a20', ref: '20.', title: 'Develop systems to monitor quality of healthcare provided to all looked after children and care leavers in all settings' }),
    milestone('20.1', 'a20', { title: 'System developed to monitor the quality of healthcare provided to all looked after children and care leavers in all settings (Ofsted Feb 2011)', leads: ['Sarah Parker'], progress: [achieved] }, 69),
    milestone('20.1', 'a20', { title: 'System developed to monitor the quality of healthcare provided to all looked after children and care', leads: ['Sarah Parker'], progress: [achieved] }, 70),
    createAction({ id: 'a21', ref: '21.', title: 'Ensure performance management functions are realigned following partnership re-organisations' }),
    milestone(
      '20.2',
      'a21',
      {
        title: 'Care pathway reviewed with compliance audits against it (CQC Rec 3)',
        start: '2011-05-01',
        startText: '01-May - 2011',
        due: '2011-07-31',
        dueText: '31- July- 2011',
        progress: [{ date: '2011-05', status: 'in-progress', statusText: 'On track', text: 'May 2011 – On track. Care pathway in place' }],
        leads: [],
      },
      74,
    ),
  ],
});

describe('validatePlan', () => {
  it('finds what is wrong with seed 000\'s Quality Assurance theme, in rule order, as officers would read it', () => {
    expect(validatePlan(haringey)).toEqual([
      { code: 'missing-lead', severity: 'warning', message: 'Milestone 20.2 has no lead officer.', path: ['actions', 4, 'leads'], ref: '20.2', sheet: 'Milestones', cell: 'G74' },
      { code: 'duplicate-ref', severity: 'warning', message: 'Milestone 20.1 appears twice under action 20.', path: ['actions', 2, 'ref'], ref: '20.1', sheet: 'Milestones', cell: 'B70' },
      {
        code: 'ref-outside-parent',
        severity: 'warning',
        message: 'Milestone 20.2 sits under action 21, but its number belongs to action 20.',
        path: ['actions', 4, 'ref'],
        ref: '20.2',
        sheet: 'Milestones',
        cell: 'B74',
      },
    ]);
  });

  it('takes asOf, scheme and staleDays from the options over the plan', () => {
    const codes = (options: Parameters<typeof validatePlan>[1]) => validatePlan(haringey, options).map((issue) => `${issue.code} ${issue.ref}`);
    expect(codes({ asOf: '2011-08-31' })).toContain('stale-progress 20.2');
    expect(codes({ asOf: '2011-08-31', staleDays: 120 })).not.toContain('stale-progress 20.2');
    // Blue is the Haringey key's "Action completed and desired outcome achieved", and no level of plain RAG.
    const rated = { ...haringey, actions: haringey.actions.map((action) => (action.ref === '20.2' ? { ...action, rag: 'blue' } : action)) };
    expect(validatePlan(rated, { asOf: '2011-08-31', scheme: ragScheme }).map((issue) => issue.code)).toContain('unknown-rag');
    expect(validatePlan(rated, { asOf: '2011-08-31' }).map((issue) => issue.code)).not.toContain('unknown-rag');
  });

  it('raises, lowers or silences a rule by its code', () => {
    const issues = validatePlan(haringey, { severity: { 'duplicate-ref': 'error', 'missing-lead': 'off', 'ref-outside-parent': 'info' } });
    expect(issues.map(({ code, severity }) => `${code}: ${severity}`)).toEqual(['duplicate-ref: error', 'ref-outside-parent: info']);
  });

  it('throws for a programmer\'s mistake in the options, never for a problem in the plan', () => {
    expect(() => validatePlan(haringey, { asof: '2011-05-31' } as never)).toThrow(/Unrecognized key: "asof"/);
    expect(() => validatePlan(haringey, { severity: { 'duplicate-refs': 'off' } } as never)).toThrow(/Unrecognized key: "duplicate-refs"/);
    expect(() => validatePlan(haringey, { staleDays: 0 })).toThrow(TypeError);
    expect(() => validatePlan(haringey, { asOf: '31/05/2011' })).toThrow(TypeError);
    const broken = createPlan({
      id: 'harrow-2012',
      title: 'Improvement Development Plan',
      actions: [
        createAction({
          id: 'x',
          ref: '(1)',
          title: 'Placement stability',
          start: '2012-09-31',
          due: '2012-02-30',
          rag: 'green',
          progress: [{ date: '2012-02-30', status: 'in-progress', statusText: 'On track', text: 'On track: data provided.' }],
        }),
      ],
    });
    expect(validatePlan(broken, { asOf: '2012-10-31' }).map((issue) => issue.message)).toEqual([
      'Action (1) has no lead officer.',
      'Start date of action (1): 2012-09-31 is not a real date.',
      'Due date of action (1): 2012-02-30 is not a real date.',
      'Action (1) has no dated progress note.',
    ]);
  });
});

describe('rules', () => {
  it('lists each code once, in kebab case, with a description that is a sentence', () => {
    const codes = rules.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of rules) {
      expect(rule.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description).toMatch(/^[A-Z].*\.$/);
    }
  });

  // One plan per rule, from the seeds' wording, that makes that rule fire through validatePlan.
  const rec = (id: string, code: string) => ({
    id, code, inspectionId: null, sectionId: null, text: 'Ensure supervision processes provide sufficient reflection and challenge',
    timescale: 'Within 3 months', due: null, paragraphRefs: [], outcomes: [], source: null,
  });
  const plan = (actions: Action[], fields: Partial<Plan> = {}): Plan =>
    createPlan({ id: 'p', title: 'Improvement plan', asOf: '2017-03-31', actions, ...fields });
  const done = (fields: Partial<Action> & Pick<Action, 'id'>): Action =>
    createAction({ ref: '1.1', title: 'Review and revise layout of Early Help plans', leads: ['RG'], due: '2017-02', comments: 'complete. Templates are in use.', ...fields });
  const triggers: Record<RuleCode, Plan> = {
    'missing-title': plan([done({ id: 'a', ref: 'A6.2', title: '' })]),
    'missing-lead': plan([done({ id: 'a', ref: '3.3', leads: [] })]),
    'missing-due-date': plan([done({ id: 'a', ref: '7.1.6', due: null })]),
    'missing-as-of': plan([done({ id: 'a' })], { asOf: null }),
    'invalid-date': plan([done({ id: 'a', due: null, dueText: '31.9.12' })]),
    'start-after-due': plan([done({ id: 'a', start: '2017-09', due: '2017-06' })]),
    'duplicate-ref': plan([done({ id: 'a', ref: '20.1' }), done({ id: 'b', ref: '20.1', title: 'System developed' })]),
    'ref-outside-parent': plan([done({ id: 'a21', ref: '21.' }), done({ id: 'm', kind: 'milestone', parentId: 'a21', ref: '20.2' })]),
    'ref-gap': plan([done({ id: 'a', ref: '1.3' }), done({ id: 'b', ref: '1.5', title: 'Review systems in place' })]),
    'unknown-lead': plan([done({ id: 'a', leads: ['Des. Nurse'] })], { people: [{ key: 'Des Nurse', name: 'Designated Nurse (NHS Harrow)', aliases: [] }] }),
    'recommendation-without-action': plan([done({ id: 'a' })], { recommendations: [rec('s1', 'S1')] }),
    'unknown-recommendation': plan([done({ id: 'a', recommendationIds: ['lac3'] })]),
    'unknown-rag': plan([done({ id: 'a', rag: 'blue' })]),
    'green-but-overdue': plan([done({ id: 'a', rag: 'green', comments: 'It is in the work plan this term.' })]),
    'red-but-complete': plan([done({ id: 'a', rag: 'red' })]),
    'complete-without-evidence': plan([done({ id: 'a', ref: '1.8', comments: 'done' })]),
    'green-with-negative-comment': plan([done({ id: 'a', ref: '6.1', rag: 'green', due: '2017-06', comments: 'Note: this is not working consistently every week.' })]),
    'stale-progress': plan([
      done({ id: 'a', comments: null, progress: [{ date: '2016-11', status: 'in-progress', statusText: 'On track', text: 'November 2016 - On track.' }] }),
    ]),
    'duplicate-action-status': plan(
      [done({ id: 'a', recommendationIds: ['s7'] }), done({ id: 'b', ref: '(5)', comments: 'Morning Lane have been commissioned', recommendationIds: ['lac4'] })],
      { recommendations: [rec('s7', 'S7'), rec('lac4', 'LAC4')] },
    ),
  };

  it.each(rules.map((rule) => [rule.code, rule] as const))('%s has a plan that triggers it', (code) => {
    const issues = validatePlan(triggers[code]).filter((issue) => issue.code === code);
    expect(issues.length).toBeGreaterThan(0);
  });

  it('has a trigger for no rule that does not exist', () => {
    expect(Object.keys(triggers).sort()).toEqual(rules.map((rule) => rule.code).sort());
  });
});
