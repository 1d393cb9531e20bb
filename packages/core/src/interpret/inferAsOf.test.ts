import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/create';
import { inferAsOf } from './inferAsOf';

const TITLE = {
  text: 'Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011',
  sheet: 'Milestone Report May 2011',
  cell: 'A1',
};

function planWith(progressDate: string | null, note = ''): ReturnType<typeof createPlan> {
  const plan = createPlan({ id: 'p', title: 'Plan' });
  plan.actions.push(
    createAction({ id: 'a', ref: '1.1', progress: [{ date: progressDate, status: 'complete', statusText: 'Achieved', text: note }], source: { sheet: 'Plan', row: 13, cells: { progress: 'F13' } } }),
  );
  return plan;
}

describe('inferAsOf', () => {
  it('takes the report month of the title, not the inspection month, as its last day', () => {
    const { asOf, issue } = inferAsOf(planWith(null), { title: TITLE, reviewed: [], headings: [] }, '2011-02-25');
    expect(asOf).toBe('2011-05-31');
    expect(issue).toMatchObject({ code: 'as-of-inferred', severity: 'info', sheet: 'Milestone Report May 2011', cell: 'A1', message: `The plan is read as of 31 May 2011, from the title's "May 2011".` });
  });

  it('never takes the inspection date of a title (`… OFSTED Report - July 2016`)', () => {
    const title = { text: 'Improvements following from the OFSTED Report - July 2016', sheet: 'Action plan', cell: 'A1' };
    expect(inferAsOf(planWith(null), { title, reviewed: [], headings: [] }, '2016-07').asOf).toBeNull();
  });

  it('prefers the Last reviewed date to the committee date of a banner, and that to progress dates', () => {
    const reviewed = [{ text: 'November 2016', sheet: 'Recommendations', cell: 'D7' }];
    const headings = [{ text: 'Report for: C&YP Scrutiny Panel – 13 December 2016', sheet: 'Recommendations', cell: 'A2' }];
    expect(inferAsOf(planWith('2016-10'), { title: null, reviewed, headings }, '2014-07')).toMatchObject({ asOf: '2016-11-30', issue: { cell: 'D7' } });
    expect(inferAsOf(planWith('2016-10'), { title: null, reviewed: [], headings }, '2014-07')).toMatchObject({ asOf: '2016-12-13', issue: { cell: 'A2' } });
    expect(inferAsOf(planWith('2016-10'), { title: null, reviewed: [], headings: [] }, '2014-07')).toMatchObject({ asOf: '2016-10-31', issue: { cell: 'F13' } });
  });

  it('falls back to a date a note reports as passed, and says so when nothing dates the plan', () => {
    const plan = planWith(null, 'MASH Executive Board took place 11 th September.');
    expect(inferAsOf(plan, { title: null, reviewed: [], headings: [] }, null, { referenceDate: '2012-05' }).asOf).toBe('2012-09-11');
    expect(inferAsOf(planWith(null), { title: null, reviewed: [], headings: [] }, null)).toMatchObject({ asOf: null, issue: { code: 'as-of-unknown', severity: 'info' } });
  });
});
