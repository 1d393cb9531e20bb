import { describe, expect, it } from 'vitest';
import { foldText } from '../match/index';
import { titleBucket, titleKey } from './titleKey';

const titles = [
  'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
  'Ensure that Pathway Plans are shared with care leavers (Paragraph 55)',
  'Des. Nurse & LAC Nurse to review  health assessments…',
  'Café — Déjà vu',
  '',
];

describe('titleKey / titleBucket', () => {
  it.each(titles)('folds %j as foldText does', (title) => {
    expect(titleKey(title)).toBe(foldText(title));
  });

  it('gives titles that fold alike one hash: seed 004 S7 (5) repeated under LAC4 with other spacing and case', () => {
    const s7 = 'Named Nurse for LAC to audit Initial Health Assessments & report to the LAC Health Steering group';
    const lac4 = ' named nurse for LAC to audit initial health assessments and report to the LAC health steering group. ';
    expect(titleKey(s7)).toBe(titleKey(lac4));
    expect(titleBucket(s7)).toBe(titleBucket(lac4));
    expect(titleBucket('Cafe deja vu')).toBe(titleBucket('Café — Déjà vu'));
    const rec8 = 'Ensure that the quality of all staff supervision, consistently matches best practice (Ofsted Feb 2011 – Rec 8)';
    expect(titleBucket(rec8)).toBe(titleBucket(foldText(rec8)));
    expect(titleBucket('Review the CAF …')).toBe(titleBucket('review the caf'));
    expect(titleBucket(titles[0]!)).not.toBe(titleBucket(titles[1]!));
    expect([titleBucket(''), titleBucket(' … ')]).toEqual([0, 0]);
  });
});
