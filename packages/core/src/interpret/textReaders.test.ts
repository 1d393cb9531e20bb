import { describe, expect, it } from 'vitest';
import { parseStatusText } from '../status';
import { parseRecommendationCode } from './parseRecommendationCode';
import { readProgress } from './readProgress';
import { splitLeads } from './splitLeads';
import { splitLeadTitles } from './splitLeadTitles';
import { splitMeasures } from './splitMeasures';
import { stripHtml } from './stripHtml';
import { createTextReaders } from './textReaders';

const notes = [
  '<b>May 2011 - Achieved.</b> The procedure for case record auditing has been reviewed',
  '(3) On track: Named midwife/ specialist safeguarding midwife to alert staff',
  'Not yet consistently embedded across all workers.',
  '(4) Held: Will follow completion of 1 & 2',
  '',
];
const recommendations = [
  'Within 6 months (LAC10) Reduce the number of changes of social worker experienced by looked after children',
  '5. Explore provision of a range of placement options available for children looked after (Executive Summary - pg. 16)',
  'Ofsted recommendation 1: Ensure that all children in need have an up to date plan',
];
const leads = ['Head of Service for Safeguarding and Children in Need', 'DD CWD / SM QA', 'Training & Development Manager, Inspector, CAIT, MPS'];

describe('createTextReaders', () => {
  it('reads each text as the uncached readers do, the second time too', () => {
    const readers = createTextReaders();
    for (let round = 0; round < 2; round++) {
      for (const note of notes) {
        expect(readers.progress(note)).toEqual(readProgress(note));
        expect(readers.statusNote(note)).toEqual({ plain: stripHtml(note), reading: parseStatusText(stripHtml(note)) });
        expect(readers.status(note)).toEqual(parseStatusText(note));
        expect(readers.measures(`1) ${note} 2) Audit`)).toEqual(splitMeasures(stripHtml(`1) ${note} 2) Audit`)));
      }
      for (const lead of leads) {
        expect(readers.leadTitles(lead)).toEqual(splitLeadTitles(lead));
        expect(readers.involved(lead)).toEqual(splitLeads(stripHtml(lead)));
      }
      for (const cell of recommendations) expect(readers.recommendationLabel(cell)).toEqual(parseRecommendationCode(cell));
    }
    expect(readers.progress(notes[0] ?? '')).toEqual({ date: '2011-05', status: 'complete', statusText: 'Achieved', text: 'The procedure for case record auditing has been reviewed' });
  });

  it('gives a new progress entry and lead list each time, so dating one changes no other', () => {
    const readers = createTextReaders();
    const first = readers.progress('Not yet consistently embedded across all workers.');
    first.date = '2017-03';
    expect(readers.progress('Not yet consistently embedded across all workers.').date).toBeNull();
    const involved = readers.involved('DD CWD / SM QA');
    involved.push('LSCB');
    expect(readers.involved('DD CWD / SM QA')).toEqual(['DD CWD', 'SM QA']);
    const cell = recommendations[1] ?? '';
    const label = readers.recommendationLabel(cell);
    label.code = 'Recommendation 5';
    label.paragraphRefs.push('Ref 39 P. 39');
    expect(readers.recommendationLabel(cell)).toMatchObject({ code: '5', paragraphRefs: ['Executive Summary - pg. 16'] });
  });
});
