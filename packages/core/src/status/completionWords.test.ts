import { describe, expect, it } from 'vitest';
import { impliedCompletion } from './completionWords';
import { parseStatusText } from './parseStatusText';

// Seed 003's Green rows past their end date, as of 30 April 2017, verbatim.
describe('impliedCompletion', () => {
  it.each([
    [
      'All templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.',
      'These are in use.',
    ],
    ['Pathway plans have been updated with SMART plans.', 'Pathway plans have been updated with SMART plans.'],
    ['Templates are in use, and will be reviewed at the next SIB.', 'Templates are in use, and will be reviewed at the next SIB.'],
    ['All minutes are uploaded.', 'All minutes are uploaded.'],
    ['Permanency panel minutes include legal views and rationale on care plan. Audits evidenced this.', 'Audits evidenced this.'],
  ])('reads %j as done', (comment, sentence) => {
    expect(impliedCompletion(comment)).toBe(sentence);
    expect(parseStatusText(comment)).toEqual({ status: null, statusText: null, impliedComplete: sentence });
  });

  it.each([
    // More of the same work is to come, or the words describe a plan, not a result.
    'Families have been consulted on the old CAF, and will be consulted on the new draft CAF.',
    'QA audit framework updated. Strategy to be updated.',
    'This has been scheduled for the next CiCC meeting.',
    'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
    'Placement options and sufficiency strategy have gone to SIB, CSMT and Safeguarding sub committee.',
    'all families contacted',
    'We now have health histories for all care leavers. Audit to be undertaken of impact.',
  ])('does not read %j as done', (comment) => {
    expect(impliedCompletion(comment)).toBeUndefined();
  });
});
