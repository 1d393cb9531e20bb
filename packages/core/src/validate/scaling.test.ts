import { describe, expect, it, vi } from 'vitest';
import { createAction, createPlan } from '../model/index';
import type { Action, Plan } from '../model/index';
import { deriveRag, getScheme, planFacts, rollUpPlan } from '../rag/index';
import type * as StatusModule from '../status/parseStatusText';
import { validatePlan } from './validatePlan';

// Count the work, never the time: every call of parseStatusText goes through this spy.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../status/parseStatusText', async (importOriginal) => {
  const original = await importOriginal<typeof StatusModule>();
  return {
    ...original,
    parseStatusText: (...args: Parameters<typeof original.parseStatusText>) => {
      parses.count += 1;
      return original.parseStatusText(...args);
    },
  };
});

// Seed wording (003 comments, 000 milestone notes), each made unique so that nothing is read from memory.
const comments = [
  'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
  'All templates updated with SMART plans. Including CP/CIN/PEP. These are in use.',
  'Not yet consistently embedded across all workers.',
  'complete. Next review of practice standards is in June.',
  'Held: Will follow completion of 1 & 2',
  'See (1) above',
];
const notes = ['May 2011 - On track. Child in Need cases are subject to monthly review', 'April 2011 - Achieved. Practice standards in place and in use.'];

/** A plan of `groups` recommendations, each with 4 actions and 2 milestones under its first action. */
function generatedPlan(groups: number): Plan {
  const actions: Action[] = [];
  for (let g = 0; g < groups; g += 1) {
    for (let i = 1; i <= 4; i += 1) {
      actions.push(createAction({
        id: `a${g}-${i}`, ref: `(${i})`, title: `Action ${i} of recommendation ${g}`, leads: ['RG'], sectionId: `s${g % 4}`,
        recommendationIds: [`r${g}`], start: '2017-01', due: `2017-0${1 + ((g + i) % 9)}`, rag: i === 4 ? 'amber' : 'green',
        comments: `${comments[(g + i) % comments.length]} [${g}.${i}]`,
      }));
    }
    for (let m = 1; m <= 2; m += 1) {
      actions.push(createAction({
        id: `m${g}-${m}`, kind: 'milestone', ref: `${g}.${m}`, parentId: `a${g}-1`, title: `Milestone ${m}`, leads: ['DH'], due: '2017-05-31', rag: 'green', comments: `Milestone lead DH [${g}.${m}]`,
        progress: [{ date: '2017-04', status: null, statusText: null, text: `${notes[(g + m) % notes.length]} [${g}.${m}]` }],
      }));
    }
  }
  return createPlan({
    id: 'generated', title: 'Generated', asOf: '2017-04-30',
    sections: [0, 1, 2, 3].map((s) => ({ id: `s${s}`, kind: 'theme' as const, title: `Theme ${s}`, parentId: null, aims: [] })),
    recommendations: Array.from({ length: groups }, (_, g) => ({
      id: `r${g}`, code: `Rec ${g}`, inspectionId: null, sectionId: `s${g % 4}`, text: `Recommendation ${g}`, timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
    })),
    actions,
  });
}

/** Validation, a derived rating for every action and the roll-up, as one run sharing its facts; reads of `plan.actions` counted. */
function run(plan: Plan): { parses: number; reads: number } {
  let reads = 0;
  const counted: Plan = {
    ...plan,
    actions: new Proxy(plan.actions, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }),
  };
  const scheme = getScheme('rag')!;
  parses.count = 0;
  const facts = planFacts(counted.actions);
  validatePlan(counted, { asOf: '2017-04-30', facts });
  const derived = new Map(counted.actions.map((action) => [action.id, deriveRag(action, { asOf: '2017-04-30', scheme, facts }).level]));
  rollUpPlan(counted, (action) => derived.get(action.id) ?? null, scheme);
  return { parses: parses.count, reads };
}

describe('validation, derived RAG and roll-up do work linear in the number of actions', () => {
  it('reads each comment and each progress note once, however many rules and ratings ask', () => {
    const plan = generatedPlan(50);
    const entries = plan.actions.reduce((sum, action) => sum + action.progress.length, 0);
    expect(run(plan).parses).toBe(plan.actions.length + entries);
  });

  it('touches the action list a fixed number of times per action: each added recommendation costs the same reads at every size (quadratic work would cost more each time)', () => {
    const [r100, r200, r400, r800] = [100, 200, 400, 800].map((groups) => run(generatedPlan(groups)));
    expect(r800!.parses).toBe(r100!.parses * 8);
    // Reads per added recommendation (6 actions), between sizes: a few reads do not grow with the
    // plan (stale-progress stops at the first dated note), so the ratio of totals is not exactly 8.
    const perGroup = [(r200!.reads - r100!.reads) / 100, (r400!.reads - r200!.reads) / 200, (r800!.reads - r400!.reads) / 400];
    expect(perGroup[0]).toBeGreaterThan(6);
    for (const cost of perGroup) expect(cost).toBeCloseTo(perGroup[0]!, 0);
  });
});
