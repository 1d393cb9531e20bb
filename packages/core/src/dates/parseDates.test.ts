import { describe, expect, it } from 'vitest';
import { parseDates } from './parseDates';
import type { DateParseResult } from './types';

/** Each part as [raw, start, value], or [raw, issue code] when it did not read. */
function summary(parts: DateParseResult[]): (string | null | undefined)[][] {
  return parts.map((part) => (part.ok ? [part.date.raw, part.date.start, part.date.value] : [part.raw, part.issues[0]?.code]));
}

describe('parseDates', () => {
  it('reads the two dates of a 004 By When cell split over lines', () => {
    expect(summary(parseDates('31.12.12\n31.12.12'))).toEqual([
      ['31.12.12', null, '2012-12-31'],
      ['31.12.12', null, '2012-12-31'],
    ]);
  });

  it('reads the three dates of 27.9.12 31.10.12 31.12.12 in order', () => {
    expect(summary(parseDates('27.9.12 31.10.12 31.12.12'))).toEqual([
      ['27.9.12', null, '2012-09-27'],
      ['31.10.12', null, '2012-10-31'],
      ['31.12.12', null, '2012-12-31'],
    ]);
  });

  it('reads one period per outcome from a 001 Timescale cell', () => {
    expect(summary(parseDates('Feb - May 2009 July 09 March – Sep 09'))).toEqual([
      ['Feb - May 2009', '2009-02', '2009-05'],
      ['July 09', null, '2009-07'],
      ['March – Sep 09', '2009-03', '2009-09'],
    ]);
    expect(summary(parseDates('June 09 Sep09 Feb – Mar 09'))).toEqual([
      ['June 09', null, '2009-06'],
      ['Sep09', null, '2009-09'],
      ['Feb – Mar 09', '2009-02', '2009-03'],
    ]);
  });

  it('keeps milestone words between dates as an unread part', () => {
    const parts = parseDates('February – April 09 Pathway agreed end March 09');
    expect(summary(parts)).toEqual([
      ['February – April 09', '2009-02', '2009-04'],
      ['Pathway agreed', 'unrecognised-date'],
      ['end March 09', null, '2009-03-31'],
    ]);
    expect(parts[1]?.issues[0]?.message).toBe('"Pathway agreed" is not a date that can be read.');
  });

  it('reads HTML paragraphs of a 001 cell, each with its markup as raw text', () => {
    expect(summary(parseDates('<p>Feb – Sep 09</p> <p>Sep 09</p> <p>Sep - Apr 09</p>'))).toEqual([
      ['<p>Feb – Sep 09</p>', '2009-02', '2009-09'],
      ['<p>Sep 09</p>', null, '2009-09'],
      ['<p>Sep - Apr 09</p>', '2008-09', '2009-04'],
    ]);
  });

  it('reports an impossible date among good ones as its own part', () => {
    const parts = parseDates('31.9.12 31.12.12');
    expect(summary(parts)).toEqual([
      ['31.9.12', 'impossible-date'],
      ['31.12.12', null, '2012-12-31'],
    ]);
  });

  it('passes the options on to each part', () => {
    const parts = parseDates('11 th September 16 th Oct', { referenceDate: '2012-09-20' });
    expect(summary(parts)).toEqual([
      ['11 th September', null, '2012-09-11'],
      ['16 th Oct', null, '2012-10-16'],
    ]);
  });

  it('gives nothing for a blank cell', () => {
    expect(parseDates(' \n ')).toEqual([]);
  });
});
