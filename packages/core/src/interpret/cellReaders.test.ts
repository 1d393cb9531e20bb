import { describe, expect, it } from 'vitest';
import { SEED_004_KEY } from './fixtures/seedRows';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { parseRecLinks } from './parseRecLinks';
import { parseRecommendationCode } from './parseRecommendationCode';
import { findInspection } from './findInspection';
import { withoutMergeCopies } from './mergeCopies';
import { readDateCell, readDateList, readDateSpan } from './readDateCell';
import { readIndicators } from './readIndicators';
import { readProgress } from './readProgress';
import { readRoleKey } from './roleKey';
import { resolveLead, splitLeadGroups, splitLeads } from './splitLeads';
import { splitMeasures } from './splitMeasures';
import { splitNumberedItems } from './splitNumberedItems';
import { splitProgressByKey } from './splitProgressByKey';
import { stripHtml } from './stripHtml';

const people = readRoleKey(sheetFromRows('Key', SEED_004_KEY))?.people ?? [];

describe('stripHtml', () => {
  it('turns the seeds\u2019 HTML remnants into plain text without interpreting them', () => {
    expect(stripHtml('<b>May 2011 - Achieved.</b> The procedure for case record auditing')).toBe('May 2011 - Achieved. The procedure for case record auditing');
    expect(stripHtml('<p>Within 3 months</p> <p>(S3) NHS Harrow to ensure</p>')).toBe('Within 3 months\n(S3) NHS Harrow to ensure');
    expect(stripHtml('25<sup>th</sup> February 2011')).toBe('25th February 2011');
    expect(stripHtml('<ul style="list-style-type: none"> Draft documents have already been consulted on.')).toBe('Draft documents have already been consulted on.');
    expect(stripHtml('=SUM(A1) stays text')).toBe('=SUM(A1) stays text');
  });
});

describe('parseRecommendationCode', () => {
  it('reads timescales and codes from seed 004, 003 and 000', () => {
    expect(parseRecommendationCode('Within 6 months (LAC10) Reduce the number of changes of social worker experienced by looked after children')).toMatchObject({
      timescale: 'Within 6 months', code: 'LAC10', number: 10, series: 'LAC', text: 'Reduce the number of changes of social worker experienced by looked after children',
    });
    expect(parseRecommendationCode('Immediate')).toMatchObject({ timescale: 'Immediate', code: null, text: '' });
    expect(parseRecommendationCode('Ofsted recommendation 1: Further improve the quality').code).toBe('Ofsted recommendation 1');
    expect(parseRecommendationCode('5. Explore provision of a range of placement options available for children looked after (Executive Summary - pg. 16)')).toMatchObject({
      code: '5', paragraphRefs: ['Executive Summary - pg. 16'],
    });
    expect(parseRecommendationCode('Ensure all initial health assessments are done promptly (Paragraph 39)')).toMatchObject({ code: null, paragraphRefs: ['Paragraph 39'] });
    expect(parseRecommendationCode('9.').code).toBe('9');
  });
});

describe('parseRecLinks', () => {
  it('reads every citation variant of seed 000', () => {
    const numbers = ['(Ofsted Feb 2011 – Rec 8)', '(Ofsted Feb 2011 - Rec 1)', '(Ofsted Feb 2011 – Rec13)', '(Ofsted Feb 2011 Rec - 4)', '(CQC Rec 4)', '(Ofsted Feb 2011)'].map(
      (text) => parseRecLinks(`Supervision policy embedded ${text}`).map((link) => [link.body, link.number]),
    );
    expect(numbers).toEqual([[['Ofsted', 8]], [['Ofsted', 1]], [['Ofsted', 13]], [['Ofsted', 4]], [['CQC', 4]], [['Ofsted', null]]]);
  });
});

describe('splitNumberedItems', () => {
  it('splits seed 004\u2019s S7 cell with its tier markers', () => {
    const split = splitNumberedItems(
      "MUST DO (1) Review and implement Children's Services supervision policy; incorporating good practice, guidance and tools for use (2) C&F Commission training on the new supervision policy EMBEDDING (3) All agencies to review their own supervision policy with updates to follow (4) Undertake a follow up audit (5) Roll out Systemic EI and SW support service",
    );
    expect(split.items.map((item) => [item.marker, item.tier])).toEqual([['(1)', 'must-do'], ['(2)', 'must-do'], ['(3)', 'embedding'], ['(4)', 'embedding'], ['(5)', 'embedding']]);
    expect(split.items[1]?.text).toBe('C&F Commission training on the new supervision policy');
  });

  it('keeps text carried over a page break apart, and a trailing tier for the rows below', () => {
    const split = splitNumberedItems('Assessments. (4) Risk assessment training to be commissioned for social workers and managers');
    expect(split.leading).toBe('Assessments.');
    expect(splitNumberedItems('MUST DO (1) Review the LSCB Business Plan EMBEDDING').tierAfter).toBe('embedding');
  });
});

describe('leads', () => {
  it('reads the 30 pairs of seed 004\u2019s role key', () => {
    expect(people).toHaveLength(30);
    expect(people[0]).toEqual({ key: 'DD TS', name: 'Divisional Director Targeted Services', aliases: [] });
    expect(people.find((person) => person.key === 'LAC Nurse')?.name).toBe('Lead Nurse for LAC, Ealing ICO');
  });

  it('splits joint leads and resolves variants against the key', () => {
    expect(splitLeads('RG/JF')).toEqual(['RG', 'JF']);
    expect(splitLeads('DD TS/ SM Place. / SM CLA')).toEqual(['DD TS', 'SM Place.', 'SM CLA']);
    expect(splitLeads('LSCB L&D SG, DPH')).toEqual(['LSCB L&D SG', 'DPH']);
    expect(resolveLead('Des. Nurse', people)).toEqual({ raw: 'Des. Nurse', key: 'Des Nurse', match: 'exact' });
    expect(resolveLead('DD DWD', people).key).toBe('DD CWD');
    expect(resolveLead('SM Per', people).key).toBe('SM Perf.');
    expect(resolveLead('Imp. Board members', people).match).toBe('unknown');
  });

  it('splits a packed lead cell into one group per action with the key', () => {
    expect(splitLeadGroups('SM QA SM QA Imp. Board members SM QA DD TS', people)).toEqual([['SM QA'], ['SM QA'], ['Imp. Board members'], ['SM QA'], ['DD TS']]);
    expect(splitLeadGroups('QA Mgr. SM QA LSCB SP', people)).toEqual([['QA Mgr.'], ['SM QA'], ['LSCB SP']]);
    expect(splitLeadGroups('DPH/ Des. Dr. (NHS) NHS (DBD) DPH / LSCB SP', people)).toEqual([['DPH', 'Des. Dr. (NHS)'], ['NHS (DBD)'], ['DPH', 'LSCB SP']]);
  });
});

describe('dates and progress', () => {
  it('reads real date cells at their format\u2019s precision, serials and text', () => {
    expect(readDateCell({ text: 'Feb-17', date: '2017-02-01', numFmt: 'mmm-yy' }).value).toBe('2017-02');
    expect(readDateCell({ text: '31/05/2011', date: '2011-05-31', numFmt: 'dd/mm/yyyy' }).value).toBe('2011-05-31');
    expect(readDateCell({ text: '40694', number: 40694 }).value).toBe('2011-05-31');
    expect(readDateCell({ text: '31- July- 2011' })).toMatchObject({ value: '2011-07-31', text: '31- July- 2011' });
    expect(readDateCell({ text: '31.9.12' }).issues[0]?.code).toBe('impossible-date');
    expect(readDateList('27.9.12 31.10.12 31.12.12').map((date) => date.value)).toEqual(['2012-09-27', '2012-10-31', '2012-12-31']);
  });

  it('reads dated, keyed and plain progress notes', () => {
    expect(readProgress('<b>May 2011 - Achieved.</b> The procedure for case record auditing has been reviewed')).toEqual({
      date: '2011-05', status: 'complete', statusText: 'Achieved', text: 'The procedure for case record auditing has been reviewed',
    });
    expect(readProgress('<b>May 2011 –Not achieved.</b> Team Manager and Senior Practitioner programme')).toMatchObject({ date: '2011-05', statusText: 'Not achieved' });
    expect(readProgress('(4) Held: Will follow completion of 1 & 2')).toMatchObject({ status: 'blocked', statusText: 'Held', text: 'Will follow completion of 1 & 2' });
    expect(readProgress('(2) Completed')).toEqual({ date: null, status: 'complete', statusText: 'Completed', text: '' });
  });

  it('splits keyed progress and inline numbered measures', () => {
    const keyed = splitProgressByKey('(1) On track: Draft protocol will be sent out. (2) Completed: This has been developed (3) Ongoing');
    expect(keyed.entries.map((entry) => [entry.numbers, entry.text])).toEqual([[[1], 'On track: Draft protocol will be sent out.'], [[2], 'Completed: This has been developed'], [[3], 'Ongoing']]);
    expect(splitProgressByKey('(2-3) A Strengthening Families project board has been established').entries[0]?.numbers).toEqual([2, 3]);
    expect(splitMeasures('1) Written plans for children are consistently SMART 2) Children and young people\u2019s views are incorporated')).toEqual([
      'Written plans for children are consistently SMART', 'Children and young people\u2019s views are incorporated',
    ]);
  });
});

describe('fixes from the example workbooks', () => {
  it('splits `3)` with its bracket lost only where it is the next number (004 S4)', () => {
    const split = splitNumberedItems('(1) Practice directive (2) Reflective practice co-ordinators 3) The introduction of regular case forum discussions');
    expect(split.items.map((item) => [item.marker, item.text])).toEqual([
      ['(1)', 'Practice directive'], ['(2)', 'Reflective practice co-ordinators'], ['3)', 'The introduction of regular case forum discussions'],
    ]);
    expect(splitNumberedItems('(1) Review the 12) items').items).toHaveLength(1);
  });

  it('keeps `Ongoing to May 2013` whole in a packed date cell (004 S10)', () => {
    expect(readDateList('30/11/12 01/01/13 Ongoing to May 2013').map((date) => [date.value, date.text])).toEqual([
      ['2012-11-30', '30/11/12'], ['2013-01-01', '01/01/13'], ['2013-05', 'Ongoing to May 2013'],
    ]);
  });

  it('reads a multi-period timescale from the earliest start to the latest end (001)', () => {
    expect(readDateSpan(null, 'Feb - May 2009 July 09 March – Sep 09')).toEqual({ start: '2009-02', end: '2009-09', periods: 3, issues: [] });
    expect(readDateSpan(null, 'June 09 Sep09 Feb – Mar 09')).toMatchObject({ start: '2009-02', end: '2009-09', periods: 3 });
    expect(readDateSpan(null, 'Feb – Sept 2009')).toMatchObject({ start: '2009-02', end: '2009-09', periods: 1 });
    expect(readDateSpan(null, 'Monthly')).toMatchObject({ start: null, end: null });
  });

  it('reads a bare serial in a column of months as that month (003 E12)', () => {
    expect(readDateCell({ text: '42795', number: 42795 }, '42795', {}, { monthly: true }).value).toBe('2017-03');
    expect(readDateCell({ text: '42795', number: 42795 }).value).toBe('2017-03-01');
  });

  it('keeps a service name whole when splitting leads (001)', () => {
    expect(splitLeads("Director Children & Young People's Service")).toEqual(["Director Children & Young People's Service"]);
    expect(splitLeads('CYPS Deputy Director of Children & Families')).toEqual(['CYPS Deputy Director of Children & Families']);
    expect(splitLeads("Head of Children's Network North & Lead for Participation")).toEqual(["Head of Children's Network North", 'Lead for Participation']);
  });

  it('finds the inspection and its date in titles and banners (000, 002, 003)', () => {
    expect(findInspection(['Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011', 'Appendix 1: Inspection of Safeguarding and looked after children services - areas for improvement 25<sup>th</sup> February 2011'])).toEqual({
      inspection: { id: 'inspection', bodies: ['Ofsted', 'CQC'], title: 'Ofsted/CQC inspection', date: '2011-02-25', judgement: null },
      dateFrom: 1,
    });
    expect(findInspection(['=HYPERLINK("Ofsted SIF report July 2014.pdf","Ofsted report published July 2014")'])?.inspection.date).toBe('2014-07');
    expect(findInspection(['Action Plan in Response to the Joint Area Review of Safeguarding in Haringey'])?.inspection).toMatchObject({ title: 'Joint Area Review', date: null });
    expect(findInspection(['Haringey Council', 'Report for: C&YP Scrutiny Panel – 13 December 2016'])).toBeNull();
  });

  it('reads an indicator table with percentages as shown (002)', () => {
    const sheet = sheetFromRows('Indicators', ['Indicator\tBaseline\tTarget\tActual\tPeriod\tRecommendation', 'LAC dental checks up to date\t0.79\t90% target\t0.84\tend of Sept\tRecommendation 14', 'ICPCs within 15 working days\t\tour target\t0.98'], {
      B2: { number: 0.79, numFmt: '0%' }, D2: { number: 0.84, numFmt: '0%' }, D3: { number: 0.98, numFmt: '0%' },
    });
    const table = readIndicators(sheet);
    expect(table?.indicators.map((each) => [each.name, each.baseline, each.target, each.actual, each.unit])).toEqual([
      ['LAC dental checks up to date', '79%', '90%', '84%', '%'], ['ICPCs within 15 working days', null, 'our target', '98%', '%'],
    ]);
    expect(table?.recommendationTexts).toEqual(['Recommendation 14', null]);
  });

  it('empties the cells a merge covers where a reader repeated its value, keeping fills', () => {
    const sheet = { name: 'Plan', rows: [[{ text: 'SAFEGUARDING' }, { text: 'SAFEGUARDING' }, { text: 'SAFEGUARDING', fill: 'FF0000' }]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] };
    expect(withoutMergeCopies(sheet).rows[0]).toEqual([{ text: 'SAFEGUARDING' }, null, { text: '', fill: 'FF0000' }]);
    expect(sheet.rows[0]?.[1]).toEqual({ text: 'SAFEGUARDING' });
  });
});
