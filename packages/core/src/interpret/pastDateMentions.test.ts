import { describe, expect, it } from 'vitest';
import { pastDateMentions } from './pastDateMentions';

const HARROW = { referenceDate: '2012-08-31' };

describe('pastDateMentions (dates a note reports as passed)', () => {
  it('takes events that happened, with the year from the context (seed 004 progress)', () => {
    expect(pastDateMentions('(1) Completed: MASH Executive Board took place 11 th September. Further meeting planned for Oct to look at further strategic issues', HARROW)).toEqual([
      { text: '11 th September', date: '2012-09-11', yearInferred: true },
    ]);
    expect(pastDateMentions('(1) Completed. Practice Directive circulated on 31st August.', HARROW).map((each) => each.date)).toEqual(['2012-08-31']);
  });

  it('leaves out plans and deadlines', () => {
    expect(pastDateMentions('(11) Meeting arranged for 25 th September to review current training plan delivered by legal services', HARROW)).toEqual([]);
    expect(pastDateMentions('Preliminary discussions underway. Review meeting 6 th Sept with proposal to be signed off at Executive Board on 20 th Sept.', HARROW)).toEqual([]);
    expect(pastDateMentions('JF colocated within the community with key partners. Review of strategy to be completed by June 2017')).toEqual([]);
    // "may" in prose is not a month.
    expect(pastDateMentions('It was agreed that staff may 2 weeks')).toEqual([]);
  });

  it('takes a date in brackets closing a note (seed 003 comment)', () => {
    expect(pastDateMentions('complete. NJ presented on inclusion of SEND and CWD and differing needs to workers across the partnership (April 2017)')).toEqual([
      { text: 'April 2017', date: '2017-04', yearInferred: false },
    ]);
  });
});
