import { describe, expect, it } from 'vitest';
import { createAction } from '../model/create';
import { bragScheme, ragScheme, withNoDataLevel } from './builtInSchemes';
import { deliveryEvidence } from './deliveryEvidence';
import { deriveRag } from './deriveRag';

// Seed 003 rows as the bundled plan holds them (Start/End as months), rated as of 30 April 2017.
const row = (ref: string, start: string, due: string, comments: string) =>
  createAction({ id: `act-${ref}`, ref, title: `Action ${ref}`, leads: ['RG'], start, due, comments, rag: 'green' });

describe('deriveRag: completion read from a comment (evidence implied)', () => {
  it('rates 1.3 Green, not Red: "These are in use." past its Feb-17 end', () => {
    const a13 = row('1.3', '2017-01', '2017-02', 'All templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.');
    expect(deriveRag(a13, { asOf: '2017-04-30', scheme: ragScheme })).toEqual({
      level: 'green',
      rule: 'complete',
      reason: 'Green: comment says "These are in use." (read as done)',
      overdue: false,
      evidence: 'implied',
    });
    expect(deliveryEvidence(a13)).toMatchObject({ status: 'complete', evidence: 'implied', impliedBy: { words: 'These are in use.', source: 'comment' } });
  });

  it('gives Green, not Blue, in BRAG: a sentence is weaker than a stated completion (1.6)', () => {
    const a16 = row('1.6', '2017-01', '2017-02', 'Pathway plans have been updated with SMART plans.');
    expect(deriveRag(a16, { asOf: '2017-04-30', scheme: bragScheme })).toMatchObject({
      level: 'green',
      reason: 'Green: comment says "Pathway plans have been updated with SMART plans." (read as done)',
    });
    const a23 = row('2.3', '2017-01', '2017-01', 'complete. Next review of practice standards is in June.');
    expect(deriveRag(a23, { asOf: '2017-04-30', scheme: bragScheme })).toMatchObject({ level: 'blue', rule: 'complete' });
    expect(deriveRag(a23, { asOf: '2017-04-30', scheme: bragScheme }).evidence).toBeUndefined();
  });

  it('lets a negative phrase win: "in use" with "not working consistently" is not done (6.1 wording)', () => {
    const mixed = row('6.1', '2017-01', '2017-03', 'Templates are in use. Note: this is not working consistently every week due to workload of administrator.');
    expect(deliveryEvidence(mixed)).toMatchObject({ status: null, evidence: null });
    expect(deriveRag(mixed, { asOf: '2017-04-30', scheme: ragScheme })).toMatchObject({ level: 'red', rule: 'overdue' });
  });
});

describe('deriveRag: waiting for an appointment', () => {
  const iro = createAction({
    id: 'act-iro',
    title: 'Draft child/language friendly version of process which will be led by practitioners and IRO',
    start: '2016-11',
    due: '2017-03',
    comments: 'This will be led by permanent IRO once appointed.',
    rag: 'amber',
  });

  it('rates the 003 row Amber before its end date, naming the vacancy', () => {
    expect(deriveRag(iro, { asOf: '2017-01-31', scheme: ragScheme })).toMatchObject({
      level: 'amber',
      rule: 'waiting-on-appointment',
      reason: 'Amber: waits for a post to be filled ("This will be led by permanent IRO once appointed."), due 31 March 2017, in 59 days',
    });
  });

  it('rates it Red once overdue, still naming the vacancy', () => {
    expect(deriveRag(iro, { asOf: '2017-04-30', scheme: ragScheme }).reason).toBe(
      'Red: due 31 March 2017, 30 days ago, not complete; waits for a post to be filled ("This will be led by permanent IRO once appointed.")',
    );
  });
});

describe('deriveRag: not started with the due date near (late start)', () => {
  const grey = withNoDataLevel(ragScheme);
  // 003 6.4: "to be done." Start and End Jun-17.
  const a64 = row('6.4', '2017-06', '2017-06', 'to be done.');

  it('rates 6.4 Amber on 5 June 2017: its start has come, it is due in 25 days and says "to be done"', () => {
    expect(deriveRag(a64, { asOf: '2017-06-05', scheme: grey })).toMatchObject({
      level: 'amber',
      rule: 'late-start',
      reason: 'Amber: not started ("to be done"), due 30 June 2017, in 25 days',
      dueSoon: true,
    });
  });

  it('leaves 6.4 grey on 31 May 2017: it is not due to start until June', () => {
    expect(deriveRag(a64, { asOf: '2017-05-31', scheme: grey })).toMatchObject({
      level: 'grey',
      rule: 'not-started',
      reason: 'Grey: starts June 2017, not started yet, due 30 June 2017, in 30 days',
    });
  });
});

describe('deliveryEvidence: "See (1) above"', () => {
  it('follows one step only, so two notes naming each other do not loop (seed 004 numbering)', () => {
    const one = createAction({ id: 'a1', ref: '(1)', title: 'One', recommendationIds: ['s7'], comments: 'See (2) above' });
    const two = createAction({ id: 'a2', ref: '(2)', title: 'Two', recommendationIds: ['s7'], comments: 'See (1) above' });
    const actionsById = new Map([one, two].map((action) => [action.id, action]));
    expect(deliveryEvidence(one, actionsById)).toMatchObject({ status: null, sharedWith: two });
  });
});
