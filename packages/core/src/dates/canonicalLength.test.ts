import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surelyLongerWhenNormalised } from './canonicalLength';
import { normaliseDateText } from './normaliseDateText';
import { parseDate } from './parseDate';

// Pieces of the seeds' date cells and everything the normaliser shortens: ordinals, lead words, weekdays,
// brackets, stray dots and commas, runs of white space, dashes with spaces, tags, entities, non-ASCII.
const piece = fc.constantFrom(
  '01-Dec-2016', '31.10.12', '2 nd', '25th', '1 st', 'st', 'by', 'the', 'due', 'on', 'Monday', 'Thursday', 'Sep09', 'Feb', 'March', 'Q1', '2017',
  'to', 'Ongoing', '(', ')', '[', ']', '.', ',', ';', ':', ' ', '  ', '\t', '\n', '-', ' - ', ' / ', '/', '#', 'a.', '&nbsp;', '<b>', '–', 'é', 'x',
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('surelyLongerWhenNormalised', () => {
  it('is sure only when the canonical text really is longer', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 90 }), (written, limit) => {
        if (surelyLongerWhenNormalised(written, limit)) expect(normaliseDateText(written).length).toBeGreaterThan(limit);
      }),
      { numRuns: 3000 },
    );
  });

  it('is sure of a run of seven dates joined over page breaks (seed 000 layout), and of no single date', () => {
    const joined = '01-Dec-2016 01-Nov-2016 01-Dec-2016 01-Sep-2016 01-Mar-2017 01-May-2017 01-Jun-2017';
    expect(surelyLongerWhenNormalised(joined, 80)).toBe(true);
    expect(surelyLongerWhenNormalised('2 nd March 2009 - 5 th April 2009', 20)).toBe(true);
    expect(surelyLongerWhenNormalised('31- July- 2011', 80)).toBe(false);
    expect(parseDate(joined).issues.map((issue) => issue.code)).toEqual(['unrecognised-date']);
  });

  it('does not judge text the normaliser may cut at its start or inside tags', () => {
    expect(surelyLongerWhenNormalised('by the the the the the the 31 October 2011', 10)).toBe(false);
    expect(surelyLongerWhenNormalised('Thursday 31 October 2011', 10)).toBe(false);
    expect(surelyLongerWhenNormalised('<span class="date-of-the-review-meeting">May</span>', 10)).toBe(false);
  });
});
