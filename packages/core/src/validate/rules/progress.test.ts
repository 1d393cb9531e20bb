import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action, Recommendation } from '../../model/index';
import { getScheme } from '../../rag/index';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';
import { duplicateActionStatus } from './duplicateActionStatus';
import { missingAsOf } from './missingAsOf';
import { staleProgress } from './staleProgress';

// Seed 000 milestones with their May 2011 progress notes (F = Progress Note).
function milestone(ref: string, title: string, note: { date: string | null; status: Action['status']; statusText: string | null; text: string } | null, row: number): Action {
  return createAction({
    id: `m${ref}`,
    kind: 'milestone',
    ref,
    title,
    start: '2011-03-01',
    due: '2011-08-31',
    progress: note === null ? [] : [note],
    source: { sheet: 'Milestones', row, cells: { ref: `B${row}`, progress: `F${row}` } },
  });
}

const m15 = milestone(
  '1.5',
  'Review systems in place to ensure timely allocation of all children in need cases and regular review of service plans',
  { date: '2011-05', status: 'in-progress', statusText: 'On track', text: 'May 2011 - On track. Child in Need cases are subject to monthly review by Heads of Service' },
  13,
);
const m13 = milestone(
  '1.3',
  'Best Practice standards for attendance at strategy meetings developed and attendance monitored by LSCB',
  { date: '2011-04', status: 'complete', statusText: 'Achieved', text: 'April 2011 - Achieved. Practice standards in place and in use.' },
  12,
);
const m182 = milestone('18.2', 'System put in place to enable independent reviewing officer team to examine all children and young people\'s views', null, 40);

const context = (actions: Action[], asOf: string | null, staleDays = 60): RuleContext => ({
  plan: createPlan({ id: 'haringey-2011', title: 'Milestone Report May 2011', actions }),
  asOf,
  scheme: getScheme('haringey-2011'),
  staleDays,
  facts: planFacts(actions),
});

describe('stale-progress', () => {
  it('reports seed 000 notes of May 2011 as stale by 31 August 2011, and a milestone with no dated note', () => {
    expect(staleProgress.check(context([m13, m15, m182], '2011-08-31'))).toEqual([
      {
        message: 'The latest progress note of milestone 1.5 dates from May 2011, 92 days before 31 August 2011: more than 60 days without an update.',
        path: ['actions', 1, 'progress', 0],
        ref: '1.5',
        sheet: 'Milestones',
        cell: 'F13',
      },
      { message: 'Milestone 18.2 has no dated progress note.', path: ['actions', 2, 'progress'], ref: '18.2', sheet: 'Milestones', cell: 'F40' },
    ]);
  });

  it('counts from the last day of the note\'s month, honours staleDays, and skips work not yet started', () => {
    expect(staleProgress.check(context([m15], '2011-07-30'))).toEqual([]);
    expect(staleProgress.check(context([m15], '2011-08-31', 100))).toEqual([]);
    const future = { ...m182, start: '2011-09-01' };
    expect(staleProgress.check(context([m15, future], '2011-06-30'))).toEqual([]);
  });

  it('checks nothing in a plan whose notes carry no dates (seed 003) or with no as-of date', () => {
    const undated = createAction({ id: '1.2', ref: '1.2', title: 'Consult families/CYP and partners on the CAF', comments: 'Families have been consulted on the old CAF' });
    expect(staleProgress.check(context([undated], '2017-03-31'))).toEqual([]);
    expect(staleProgress.check(context([m15], null))).toEqual([]);
  });
});

describe('missing-as-of', () => {
  it('says the date checks were skipped when the plan has no as-of date', () => {
    expect(missingAsOf.check(context([m15], null))).toEqual([
      {
        message: 'The plan has no as-of date, so overdue actions and stale progress notes were not checked. Give the date its statuses describe.',
        path: ['asOf'],
      },
    ]);
    expect(missingAsOf.check(context([m15], '2011-05-31'))).toEqual([]);
  });
});

describe('duplicate-action-status', () => {
  const recommendation = (id: string, code: string): Recommendation => ({
    id, code, inspectionId: null, sectionId: null, text: 'Ensure supervision processes provide sufficient reflection and challenge',
    timescale: 'Within 3 months', due: null, paragraphRefs: [], outcomes: [], source: null,
  });
  // Seed 004: S7 and LAC4 carry the same five actions; their progress differs.
  const s7 = (ref: string, title: string, text: string, status: Action['status']) =>
    createAction({ id: `s7${ref}`, ref, title, recommendationIds: ['s7'], status, progress: [{ date: null, status, statusText: null, text }] });
  const lac4 = (ref: string, title: string, text: string, status: Action['status'], row: number) =>
    createAction({
      id: `lac4${ref}`,
      ref,
      title,
      recommendationIds: ['lac4'],
      status,
      progress: [{ date: null, status, statusText: null, text }],
      source: { sheet: 'Part 1', row, cells: { status: `F${row}` } },
    });
  const rollOut = 'Roll out Systemic EI and SW support service to encourage reflective practice and supervision';
  const audit = 'Undertake a follow up audit of supervision practice to assess how far the changes are embedded';

  it('reports S7 (5) and LAC4 (5): no status under S7, "Completed:" under LAC4', () => {
    const plan = createPlan({
      id: 'harrow-2012',
      title: 'Improvement Development Plan',
      recommendations: [recommendation('s7', 'S7'), recommendation('lac4', 'LAC4')],
      actions: [
        s7('(4)', audit, 'Held: Will follow completion of 1 & 2', 'blocked'),
        s7('(5)', rollOut, 'Morning Lane have been commissioned and now individual staff are linked to teams', null),
        lac4('(4)', audit, 'Will be completed following completion & embedding of actions 1 & 2.', 'blocked', 80),
        lac4('(5)', rollOut, 'Completed: Morning Lane have been commissioned and now individual staff are linked to teams', 'complete', 81),
      ],
    });
    expect(duplicateActionStatus.check({ ...context([], '2012-10-31'), plan })).toEqual([
      {
        message: 'Action (5) under recommendation LAC4 repeats action (5) under recommendation S7, but their statuses differ: complete here, no status there.',
        path: ['actions', 3, 'status'],
        ref: '(5)',
        sheet: 'Part 1',
        cell: 'F81',
      },
    ]);
  });

  it('leaves alone a repeated row under the same recommendation (000 20.1 is duplicate-ref\'s business)', () => {
    const twice = [0, 1].map((i) =>
      createAction({ id: `m${i}`, ref: '20.1', title: 'System developed to monitor the quality of healthcare', status: i === 0 ? 'complete' : null }),
    );
    expect(duplicateActionStatus.check(context(twice, '2011-05-31'))).toEqual([]);
  });
});
