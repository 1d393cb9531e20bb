import { describe, expect, it } from 'vitest';
import { createAction } from '../model/create';
import type { Action } from '../model/plan';
import { builtInSchemes, bragScheme, haringey2011Scheme, ragScheme } from './builtInSchemes';
import { compareRatings } from './compareRatings';
import { deriveRag } from './deriveRag';

// Seed 000, milestone 23.1 and 2.1, as the importer would give them.
const milestone231 = createAction({
  id: 'm23.1',
  kind: 'milestone',
  ref: '23.1',
  title: 'Supervision policy embedded and culture committed to supervision created (Ofsted Feb 2011 Rec - 4)',
  leads: ['Rachel Oakley'],
  start: '2011-03-01',
  due: '2011-05-31',
  dueText: '31-May-2011',
  progress: [
    {
      date: '2011-05',
      status: null,
      statusText: null,
      text: '<b>May 2011 –Not achieved.</b> Team Manager and Senior Practitioner programme has focused on supervision of assessment in complex cases. 20 managers attended - developing own evaluation framework. Resource issues have meant that this has not been completed. An external supervision specialist has been tasked with assisting with this piece of work.',
    },
  ],
});

const milestone21 = createAction({
  id: 'm2.1',
  kind: 'milestone',
  ref: '2.1',
  title: 'Arrangements reviewed for the provision of short-term',
  leads: ['Phil Di Leo'],
  start: '2011-03-01',
  due: '2011-08-01',
  progress: [{ date: '2011-04', status: 'complete', statusText: 'Achieved', text: 'Aiming High programme 2008 -2011' }],
});

// Seed 003, rows 1.1 and 1.9, with their reported RAG.
const action11 = createAction({
  id: 'a1.1',
  ref: '1.1',
  title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
  start: '2017-01',
  startText: 'Jan-17',
  due: '2017-02',
  dueText: 'Feb-17',
  leads: ['RG'],
  rag: 'amber',
  comments: 'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
});

const action19 = createAction({
  id: 'a1.9',
  ref: '1.9',
  title: 'Begin evaluation of new plan templates',
  start: '2017-09',
  startText: 'Sep-17',
  due: '2017-09',
  dueText: 'Sep-17',
  leads: ['RG'],
  rag: 'green',
});

describe('deriveRag: seed 000', () => {
  it('rates 23.1 Red as of 22 July 2011: due 31 May 2011, 52 days ago, not complete', () => {
    expect(deriveRag(milestone231, { asOf: '2011-07-22', scheme: ragScheme })).toEqual({
      level: 'red',
      rule: 'overdue',
      reason: 'Red: due 31 May 2011, 52 days ago, not complete',
      overdue: true,
      daysOverdue: 52,
    });
  });

  it('rates 23.1 "support required" in the Haringey key, from "Not achieved"', () => {
    const derived = deriveRag(milestone231, { asOf: '2011-07-22', scheme: haringey2011Scheme });
    expect(derived.level).toBe('red');
    expect(derived.reason).toBe('Not achieved / not on track support required to address issues: due 31 May 2011, 52 days ago, not complete');
  });

  it('rates 23.1 "not on track, no support" when the plan says no support is required', () => {
    const derived = deriveRag({ ...milestone231, supportRequired: false }, { asOf: '2011-07-22', scheme: haringey2011Scheme });
    expect(derived.level).toBe('amber');
  });

  it('rates 23.1 Amber on the report date, 31 May 2011, from its "Not achieved" note', () => {
    expect(deriveRag(milestone231, { asOf: '2011-05-31', scheme: ragScheme })).toEqual({
      level: 'amber',
      rule: 'off-track-words',
      reason: 'Amber: the latest note says "Not achieved", due today, 31 May 2011',
      overdue: false,
    });
  });

  it('rates 2.1 complete: "April 2011 - Achieved." before its due date of 1 August 2011', () => {
    expect(deriveRag(milestone21, { asOf: '2011-05-31', scheme: bragScheme })).toEqual({
      level: 'blue',
      rule: 'complete',
      reason: 'Blue: complete, "Achieved" in April 2011; was due 1 August 2011',
      overdue: false,
    });
    expect(deriveRag(milestone21, { asOf: '2011-09-30', scheme: ragScheme }).level).toBe('green');
    expect(deriveRag(milestone21, { asOf: '2011-09-30', scheme: haringey2011Scheme }).level).toBe('blue');
  });

  it('reads the status from the words of the latest note when the entry has none', () => {
    const fromText = { ...milestone21, progress: [{ date: null, status: null, statusText: null, text: '<b>April 2011 - Achieved.</b> Aiming High programme 2008 -2011' }] };
    expect(deriveRag(fromText, { asOf: '2011-05-31', scheme: bragScheme }).reason).toBe('Blue: complete, "Achieved" in April 2011; was due 1 August 2011');
  });
});

describe('deriveRag: seed 003', () => {
  it('rates 1.1 Red as of 30 April 2017: Feb-17 falls due on 28 February, and it is not complete', () => {
    const derived = deriveRag(action11, { asOf: '2017-04-30', scheme: ragScheme });
    expect(derived).toEqual({
      level: 'red',
      rule: 'overdue',
      reason: 'Red: due 28 February 2017, 61 days ago, not complete',
      overdue: true,
      daysOverdue: 61,
    });
    expect(compareRatings(action11.rag, derived.level, ragScheme)).toBe('reported-better');
  });

  it('does not count 1.1 overdue on 28 February 2017, the last day of its month', () => {
    expect(deriveRag(action11, { asOf: '2017-02-28', scheme: ragScheme })).toMatchObject({ level: 'green', rule: 'due-soon', overdue: false, dueSoon: true });
  });

  it('rates 1.9 (Start Sep-17, blank comment) not started: grey where the scheme has it', () => {
    expect(deriveRag(action19, { asOf: '2017-04-30', scheme: builtInSchemes['rag-grey']! })).toEqual({
      level: 'grey',
      rule: 'not-started',
      reason: 'Grey: starts September 2017, not started yet, due 30 September 2017, in 153 days',
      overdue: false,
    });
  });

  it('rates 1.9 Green without a grey level, saying why', () => {
    const derived = deriveRag(action19, { asOf: '2017-04-30', scheme: ragScheme });
    expect(derived.level).toBe('green');
    expect(derived.rule).toBe('not-started');
    expect(derived.reason).toBe(
      'Green: starts September 2017, not started yet, due 30 September 2017, in 153 days (the scheme has no grey level)',
    );
  });

  it('rates a Green row whose comment contradicts it (6.1) Amber', () => {
    const row61 = createAction({
      id: 'a6.1',
      ref: '6.1',
      due: '2017-09',
      rag: 'green',
      comments: 'Note: this is not working consistently every week due to workload of administrator.',
    });
    expect(deriveRag(row61, { asOf: '2017-04-30', scheme: ragScheme })).toMatchObject({
      level: 'amber',
      rule: 'negative-words',
      reason: 'Amber: the latest note says "not working", due 30 September 2017, in 153 days',
    });
  });

  it('rates an on-track row Green with its words', () => {
    const row24 = createAction({ id: 'a2.4', ref: '2.4', start: '2017-09', due: '2017-09', status: 'in-progress', comments: 'on target' });
    expect(deriveRag(row24, { asOf: '2017-04-30', scheme: ragScheme })).toMatchObject({
      level: 'green',
      rule: 'on-track',
      reason: 'Green: due 30 September 2017, in 153 days, "on target"',
    });
  });
});

describe('deriveRag: seed 004 S7', () => {
  // (1) On track, due 31.12.12; (2) Completed, due 27.9.12; (4) Held: Will follow completion of 1 & 2, due 31.3.13.
  const s7 = (ref: string, due: string, text: string, fields: Partial<Action> = {}) =>
    createAction({ id: `s7-${ref}`, ref, due, recommendationIds: ['S7'], progress: [{ date: null, status: null, statusText: null, text }], ...fields });
  const one = s7('(1)', '2012-12-31', '(1) On track: other borough guidance researched, policy drafted, will be discussed with staff, amended and signed-off.');
  const two = s7('(2)', '2012-09-27', '(2) Completed: Morning Lane Level 2 training programme has already been commissioned and will incorporate supervision');
  const four = s7('(4)', '2013-03-31', '(4) Held: Will follow completion of 1 & 2');
  const actionsById = new Map([one, two, four].map((action) => [action.id, action]));

  it('rates (4) Amber, naming the action it still waits for', () => {
    expect(deriveRag(four, { asOf: '2012-09-15', scheme: ragScheme, actionsById })).toEqual({
      level: 'amber',
      rule: 'waiting-on-predecessor',
      reason: 'Amber: waits for (1), not complete yet, due 31 March 2013, in 197 days',
      overdue: false,
    });
  });

  it('does not make an "On track" action wait for a step its note mentions in passing (S2 (3))', () => {
    const s2three = s7(
      '(3)',
      '2012-10-31',
      '(3) On track: Named midwife/ specialist safeguarding midwife to alert staff at supervision sessions. Protocol to be emailed out to midwifery managers in anti-natal wards and community areas following completion of (1).',
    );
    const withOne = new Map([[one.id, one], [s2three.id, s2three]]);
    expect(deriveRag(s2three, { asOf: '2012-09-15', scheme: ragScheme, actionsById: withOne })).toMatchObject({
      level: 'green',
      rule: 'on-track',
      reason: 'Green: due 31 October 2012, in 46 days, "On track"',
    });
  });

  it('uses explicit dependencies when the plan has them', () => {
    const linked = { ...four, dependencies: ['s7-(1)', 's7-(2)'] };
    const bothOpen = new Map(actionsById).set('s7-(2)', { ...two, progress: [] });
    expect(deriveRag(linked, { asOf: '2012-09-15', scheme: ragScheme, actionsById: bothOpen }).reason).toBe(
      'Amber: waits for (1) and (2), not complete yet, due 31 March 2013, in 197 days',
    );
  });

  it('rates (4) Amber as held when the other actions are not at hand', () => {
    expect(deriveRag(four, { asOf: '2012-09-15', scheme: ragScheme })).toMatchObject({
      level: 'amber',
      rule: 'blocked',
      reason: 'Amber: blocked ("Held"), due 31 March 2013, in 197 days',
    });
  });

  it('rates (4) Red once past due, whatever it waits for', () => {
    expect(deriveRag(four, { asOf: '2013-04-02', scheme: ragScheme, actionsById })).toMatchObject({ level: 'red', rule: 'overdue', daysOverdue: 2 });
  });

  it('rates (2) Blue in BRAG', () => {
    expect(deriveRag(two, { asOf: '2012-09-15', scheme: bragScheme })).toMatchObject({ level: 'blue', reason: 'Blue: complete, "Completed"; was due 27 September 2012' });
  });
});

describe('deriveRag: thin evidence', () => {
  it('says when there is nothing to rate on', () => {
    const bare = createAction({ id: 'x', title: 'Initiate pilot of new plan templates in' });
    expect(deriveRag(bare, { asOf: '2017-04-30', scheme: builtInSchemes['rag-grey']! })).toEqual({
      level: 'grey',
      rule: 'no-evidence',
      reason: 'Grey: no due date and no status to rate it on',
      overdue: false,
    });
  });

  it('does not throw on a date that only looks real', () => {
    const odd = createAction({ id: 'y', due: '2012-09-31', status: 'in-progress' });
    expect(deriveRag(odd, { asOf: '2012-10-01', scheme: ragScheme })).toMatchObject({ level: 'green', rule: 'on-track', reason: 'Green: no due date, in progress' });
  });

  it('flags due soon within the window it is given', () => {
    const soon = createAction({ id: 'z', due: '2011-08-31', status: 'in-progress' });
    expect(deriveRag(soon, { asOf: '2011-07-22', scheme: ragScheme, dueSoonDays: 60 })).toMatchObject({ rule: 'due-soon', dueSoon: true, reason: 'Green: due 31 August 2011, in 40 days, in progress' });
    expect(deriveRag(soon, { asOf: '2011-07-22', scheme: ragScheme, dueSoonDays: 14 })).toMatchObject({ rule: 'on-track' });
  });
});

describe('deriveRag: seed 004 S10, "See (1) above"', () => {
  // (1) Review … CDOP arrangements, due 30/11/12: "… Review meetings have been scheduled and will be completed by 27 th October 2012."
  const s10 = (ref: string, due: string, text: string) =>
    createAction({ id: `s10-${ref}`, ref, due, recommendationIds: ['S10'], progress: [{ date: null, status: null, statusText: null, text }] });
  const one = { ...s10('(1)', '2012-11-30', 'Review meetings have been scheduled and will be completed by 27 th October 2012.'), status: 'in-progress' as const };
  const three = s10('(3)', '2013-01-01', '(3) See (1) above');
  const actionsById = new Map([one, three].map((action) => [action.id, action]));

  it('rates (3) by the status of (1), saying so', () => {
    expect(deriveRag(three, { asOf: '2012-09-15', scheme: ragScheme, actionsById })).toMatchObject({
      level: 'green',
      rule: 'on-track',
      reason: 'Green: due 1 January 2013, in 108 days, in progress',
    });
    const completeOne = new Map(actionsById).set(one.id, { ...one, status: 'complete' as const, progress: [{ date: '2012-10', status: 'complete', statusText: 'Completed', text: '' }] });
    expect(deriveRag(three, { asOf: '2012-11-01', scheme: bragScheme, actionsById: completeOne }).reason).toBe(
      'Blue: complete, "Completed" (as (1)) in October 2012; was due 1 January 2013',
    );
  });

  it('rates (3) by its dates alone, quoting its note, without the other actions', () => {
    expect(deriveRag(three, { asOf: '2012-09-15', scheme: ragScheme })).toMatchObject({
      level: 'green',
      rule: 'on-track',
      reason: 'Green: due 1 January 2013, in 108 days, "See (1) above"',
    });
  });
});
