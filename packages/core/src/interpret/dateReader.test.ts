import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateReader } from './dateReader';
import { readDateList, readDateSpan } from './readDateCell';

const options = { referenceDate: '2009-03', anchor: '2011-02-25' } as const;
// Pieces of the seeds' date cells (seed-domain.md §4), joined at random into cells of one or several dates.
const piece = fc.constantFrom('Feb - May 2009', 'July 09', 'March – Sep 09', '27.9.12', '31.10.12', 'Ongoing to May 2013', '11 th September', 'Within three months', '31.9.12', 'Sep-17', 'End March 09', 'tbc', '');
const cellText = fc.array(piece, { maxLength: 4 }).chain((pieces) => fc.constantFrom(' ', '\n').map((separator) => pieces.join(separator)));

describe('createDateReader', () => {
  it('reads every text as readDateSpan and readDateList do, the first time and again from its memory', () => {
    const dates = createDateReader(options);
    fc.assert(
      fc.property(cellText, (text) => {
        for (let round = 0; round < 2; round++) {
          expect(dates.span({ text }, text)).toEqual(readDateSpan({ text }, text, options));
          expect(dates.list(text)).toEqual(readDateList(text, options));
        }
      }),
    );
  });

  it('reads a real date cell by its value, not by a text read before', () => {
    const dates = createDateReader(options);
    expect(dates.span({ text: 'Feb-17' }, 'Feb-17').end).toBe('2017-02');
    expect(dates.span({ text: 'Feb-17', date: '2017-02-01', numFmt: 'dd/mm/yyyy' }, 'Feb-17').end).toBe('2017-02-01');
    expect(dates.span({ text: '42795', number: 42795 }, '42795', { monthly: true }).end).toBe('2017-03');
  });

  it('gives a new list each time, so taking dates off one leaves the next whole', () => {
    const dates = createDateReader(options);
    const first = dates.list('27.9.12 31.10.12 31.12.12');
    first.splice(1);
    expect(dates.list('27.9.12 31.10.12 31.12.12').map((date) => date.value)).toEqual(['2012-09-27', '2012-10-31', '2012-12-31']);
  });
});
