import { describe, expect, it } from 'vitest';
import { SEED_004_KEY } from './fixtures/seedRows';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { parseRecLinks } from './parseRecLinks';
import { parseRecommendationCode } from './parseRecommendationCode';
import { readDateCell, readDateList } from './readDateCell';
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
