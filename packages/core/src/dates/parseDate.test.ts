import { describe, expect, it } from 'vitest';
import { parseDate } from './parseDate';
import type { DateParseOptions, ParsedDate } from './types';

/** The date a text reads as; fails the test when it does not read. */
function dateOf(text: string, options?: DateParseOptions): ParsedDate {
  const result = parseDate(text, options);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${JSON.stringify(result.issues)}`);
  return result.date;
}

function day(raw: string, value: string): ParsedDate {
  return { raw, kind: 'date', precision: 'day', value, start: null, yearInferred: false };
}

function month(raw: string, value: string): ParsedDate {
  return { raw, kind: 'date', precision: 'month', value, start: null, yearInferred: false };
}

function range(raw: string, start: string, value: string, precision: ParsedDate['precision'] = 'month'): ParsedDate {
  return { raw, kind: 'range', precision, value, start, yearInferred: false };
}

describe('parseDate: single dates as the seeds write them', () => {
  it.each([
    // 000 Start/Due Date columns, including the malformed cells of milestone 20.2
    ['01-Mar-2011', '2011-03-01'],
    ['31-Aug-2011', '2011-08-31'],
    ['01-May - 2011', '2011-05-01'],
    ['31- July- 2011', '2011-07-31'],
    // 004 By When: d.m.yy with a trailing dot, dd/mm/yy, and day-first 9/8/12 (9 August, not 8 September)
    ['27.9.12.', '2012-09-27'],
    ['31.3.13', '2013-03-31'],
    ['31/10/12', '2012-10-31'],
    ['9/8/12', '2012-08-09'],
    ['01/01/13', '2013-01-01'],
    // ordinals: split (001 7.3.5), HTML superscript (000 appendix), plain (000 narrative)
    ['2 nd March 2009', '2009-03-02'],
    ['25<sup>th</sup> February 2011', '2011-02-25'],
    ['3rd June 2011', '2011-06-03'],
    ['27 th October 2012', '2012-10-27'],
    // narrative dates
    ['24/05/2011', '2011-05-24'],
    ['01.06.11', '2011-06-01'],
    ['TUESDAY, 17TH FEBRUARY, 2009', '2009-02-17'],
    ['Monday, 9th February 2009', '2009-02-09'],
    ['2011-05-31', '2011-05-31'],
  ])('%s is the day %s', (text, value) => {
    expect(parseDate(text)).toEqual({ ok: true, date: day(text, value), issues: [] });
  });

  it.each([
    // 003 Mon-yy and Mon-yyyy, mixed in one column set
    ['Jan-17', '2017-01'],
    ['Jun-17', '2017-06'],
    ['Jun-2017', '2017-06'],
    // 001 timescales and 000 progress prefixes
    ['May 09', '2009-05'],
    ['Feb09', '2009-02'],
    ['Apr 09.', '2009-04'],
    ['September 2009', '2009-09'],
    ['May 2011', '2011-05'],
    ['(May 2013)', '2013-05'],
  ])('%s is the month %s', (text, value) => {
    expect(parseDate(text)).toEqual({ ok: true, date: month(text, value), issues: [] });
  });

  it('reads qualifiers: End March 09 is the last day of March, Mid Feb 09 the 15th', () => {
    expect(dateOf('End March 09')).toEqual(day('End March 09', '2009-03-31'));
    expect(dateOf('Mid Feb 09')).toEqual(day('Mid Feb 09', '2009-02-15'));
    expect(dateOf('end of 2014')).toEqual(day('end of 2014', '2014-12-31'));
  });

  it('reads a quarter and a year', () => {
    expect(dateOf('Q1 2017')).toEqual({ raw: 'Q1 2017', kind: 'date', precision: 'quarter', value: '2017-Q1', start: null, yearInferred: false });
    expect(dateOf('2017')).toMatchObject({ kind: 'date', precision: 'year', value: '2017' });
  });

  it('keeps two-digit years 00–69 in the 2000s and 70–99 in the 1900s', () => {
    expect(dateOf('31.12.69').value).toBe('2069-12-31');
    expect(dateOf('1.1.70').value).toBe('1970-01-01');
    expect(dateOf('Sep-99').value).toBe('1999-09');
  });
});

describe('parseDate: ranges', () => {
  it('reads Feb - May 2009 as February to May 2009, the end as its value', () => {
    expect(parseDate('Feb - May 2009')).toEqual({ ok: true, date: range('Feb - May 2009', '2009-02', '2009-05'), issues: [] });
  });

  it.each([
    ['April - Sep09', '2009-04', '2009-09'],
    ['Feb -Sep 2009', '2009-02', '2009-09'],
    ['Feb – Sept 2009', '2009-02', '2009-09'],
    ['Sep 08 – Jul 09', '2008-09', '2009-07'],
    ['Dec 08- March 09', '2008-12', '2009-03'],
    ['Feb Sep 2009', '2009-02', '2009-09'],
    ['May-June 2014', '2014-05', '2014-06'],
  ])('%s runs from %s to %s', (text, start, value) => {
    expect(parseDate(text)).toEqual({ ok: true, date: range(text, start, value), issues: [] });
  });

  it('starts End Feb - Aug 09 on the last day of February', () => {
    expect(dateOf('End Feb - Aug 09')).toEqual(range('End Feb - Aug 09', '2009-02-28', '2009-08'));
  });

  it('reads a day range whose start borrows the month: 13–26 November 2008', () => {
    expect(dateOf('13–26 November 2008')).toEqual(range('13–26 November 2008', '2008-11-13', '2008-11-26', 'day'));
  });

  it('infers the start year across the year end: Sept - Feb 2010 is September 2009 to February 2010', () => {
    expect(parseDate('Sept - Feb 2010')).toEqual({
      ok: true,
      date: { ...range('Sept - Feb 2010', '2009-09', '2010-02'), yearInferred: true },
      issues: [
        {
          code: 'year-inferred',
          severity: 'info',
          message: '"Sept - Feb 2010" gives no year for its start: read as September 2009 to February 2010.',
          path: [],
        },
      ],
    });
  });

  it('reads Jun- Jun 10 as a year, not one month twice', () => {
    expect(dateOf('Jun- Jun 10')).toMatchObject({ start: '2009-06', value: '2010-06', yearInferred: true });
  });

  it('flags Sep - Apr 09 as reversed only when its reading starts before the plan was written', () => {
    // Without a date for the plan, September 2008 to April 2009 is a fair reading.
    const bare = parseDate('Sep - Apr 09');
    expect(bare).toMatchObject({ ok: true, date: { start: '2008-09', value: '2009-04', yearInferred: true } });
    expect(bare.issues.map((issue) => issue.code)).toEqual(['year-inferred']);
    // 001's plan went to committee on 17 February 2009: a start five months earlier is implausible.
    const inPlan = parseDate('Sep - Apr 09', { referenceDate: '2009-02-17' });
    expect(inPlan).toMatchObject({ ok: true, date: { start: '2008-09', value: '2009-04' } });
    expect(inPlan.issues).toEqual([
      {
        code: 'reversed-range',
        severity: 'warning',
        message:
          '"Sep - Apr 09" reads as September 2008 to April 2009, which starts before 17 February 2009, when it was written: ' +
          'the months may be the wrong way round, or it may be meant to end a year later.',
        path: [],
      },
    ]);
    // The same plan's Sept - Feb 2010 starts after it was written: no warning.
    expect(parseDate('Sept - Feb 2010', { referenceDate: '2009-02-17' }).issues.map((issue) => issue.code)).toEqual(['year-inferred']);
  });

  it('flags a range whose explicit years run backwards', () => {
    const result = parseDate('Sep 09 - Apr 09');
    expect(result).toMatchObject({ ok: true, date: { start: '2009-09', value: '2009-04', yearInferred: false } });
    expect(result.issues).toEqual([
      { code: 'reversed-range', severity: 'warning', message: '"Sep 09 - Apr 09" ends before it starts: September 2009 to April 2009.', path: [] },
    ]);
  });

  it('reads financial years 2015/16 and 2016-17 as April to March, at month precision', () => {
    expect(dateOf('2015/16')).toEqual(range('2015/16', '2015-04', '2016-03'));
    expect(dateOf('2016-17')).toEqual(range('2016-17', '2016-04', '2017-03'));
    expect(dateOf('2007/08')).toEqual(range('2007/08', '2007-04', '2008-03'));
  });

  it('keeps 2011-12 as December 2011 and says how to write the financial year', () => {
    expect(parseDate('2011-12')).toEqual({
      ok: true,
      date: month('2011-12', '2011-12'),
      issues: [{ code: 'ambiguous-date', severity: 'info', message: '"2011-12" is read as December 2011; for the financial year write 2011/12.', path: [] }],
    });
  });

  it('reads seasons as meteorological ranges: Autumn 2011 is September to November', () => {
    expect(dateOf('Autumn 2011')).toEqual(range('Autumn 2011', '2011-09', '2011-11'));
    expect(dateOf('spring 2013')).toEqual(range('spring 2013', '2013-03', '2013-05'));
    expect(dateOf('summer of 2014')).toEqual(range('summer of 2014', '2014-06', '2014-08'));
    expect(dateOf('winter 2011')).toEqual(range('winter 2011', '2011-12', '2012-02'));
  });
});

describe('parseDate: cycles, open ends and timescales', () => {
  it('reads Monthly (001 7.2.4) as recurring with no date', () => {
    expect(dateOf('Monthly')).toEqual({
      raw: 'Monthly', kind: 'recurring', precision: 'day', value: null, start: null, yearInferred: false, recurrence: 'monthly',
    });
    expect(dateOf('twice a year').recurrence).toBe('half-yearly');
    expect(dateOf('bi-annual').recurrence).toBe('half-yearly');
    expect(dateOf('quarterly').recurrence).toBe('quarterly');
  });

  it('reads Ongoing to May 2013 (004) as open-ended, due May 2013', () => {
    expect(dateOf('Ongoing to May 2013')).toEqual({
      raw: 'Ongoing to May 2013', kind: 'open-ended', precision: 'month', value: '2013-05', start: null, yearInferred: false,
    });
  });

  it('reads December 2009 and on-going (001) as open-ended from December 2009', () => {
    expect(dateOf('December 2009 and on-going')).toEqual({
      raw: 'December 2009 and on-going', kind: 'open-ended', precision: 'month', value: null, start: '2009-12', yearInferred: false,
    });
    expect(dateOf('2011 onwards')).toMatchObject({ kind: 'open-ended', start: '2011', value: null, precision: 'year' });
  });

  it.each([
    ['Within six months', { months: 6 }],
    ['Within three months', { months: 3 }],
    ['Within 3 months', { months: 3 }],
    ['Within 6 months', { months: 6 }],
    ['Immediate', { days: 0 }],
    ['Immediately', { days: 0 }],
  ])('reads %s as relative %o, unresolved without an anchor', (text, relative) => {
    expect(dateOf(text)).toEqual({ raw: text, kind: 'relative', precision: 'day', value: null, start: null, yearInferred: false, relative });
  });

  it('resolves relative timescales from the inspection date given as anchor', () => {
    // 000: inspection reported 25 February 2011.
    expect(dateOf('Within three months', { anchor: '2011-02-25' })).toMatchObject({ value: '2011-05-25', precision: 'day' });
    expect(dateOf('Within six months', { anchor: '2011-02-25' }).value).toBe('2011-08-25');
    expect(dateOf('Immediate', { anchor: '2011-02-25' }).value).toBe('2011-02-25');
    // 004 only says the inspection was in May 2012: the due date is a month too.
    expect(dateOf('Within 3 months', { anchor: '2012-05' })).toMatchObject({ value: '2012-08', precision: 'month' });
  });
});

describe('parseDate: missing years', () => {
  it('takes the year of 11 th September (004 progress note) from the date it was written', () => {
    expect(parseDate('11 th September', { referenceDate: '2012-09-20' })).toEqual({
      ok: true,
      date: { ...day('11 th September', '2012-09-11'), yearInferred: true },
      issues: [
        {
          code: 'year-inferred',
          severity: 'info',
          message: '"11 th September" has no year: read as 11 September 2012, the nearest to 20 September 2012.',
          path: [],
        },
      ],
    });
  });

  it('chooses the nearest year across the year end and falls back to the anchor', () => {
    expect(dateOf('16 th Oct', { referenceDate: '2013-01-10' }).value).toBe('2012-10-16');
    expect(dateOf('January', { referenceDate: '2016-12-13' }).value).toBe('2017-01');
    expect(dateOf('end of December', { anchor: '2012-09' }).value).toBe('2012-12-31');
  });

  it('reads Feb- April (001 2.1.8) in the year of the plan', () => {
    expect(dateOf('Feb- April', { referenceDate: '2009-02-17' })).toMatchObject({ start: '2009-02', value: '2009-04', yearInferred: true });
  });

  it('notes the year it gave an open end', () => {
    const result = parseDate('Ongoing to May', { referenceDate: '2012-12-13' });
    expect(result).toMatchObject({ ok: true, date: { kind: 'open-ended', value: '2013-05', yearInferred: true } });
    expect(result.issues.map((issue) => issue.message)).toEqual(['"Ongoing to May" has no year: read as May 2013, the nearest to 13 December 2012.']);
  });

  it('reports a missing year when there is no date to take one from', () => {
    expect(parseDate('11 th September')).toEqual({
      ok: false,
      raw: '11 th September',
      issues: [{ code: 'year-missing', severity: 'warning', message: '"11 th September" has no year, and there is no date to take one from.', path: [] }],
    });
  });
});

describe('parseDate: what cannot be read', () => {
  it('refuses 31.9.12 (004 LAC11) rather than rolling it into October', () => {
    expect(parseDate('31.9.12')).toEqual({
      ok: false,
      raw: '31.9.12',
      issues: [{ code: 'impossible-date', severity: 'error', message: '"31.9.12" is not a real date: September has 30 days.', path: [] }],
    });
  });

  it('names the year when February is too short, and impossible months', () => {
    expect(parseDate('29.2.13').issues[0]?.message).toBe('"29.2.13" is not a real date: February 2013 has 28 days.');
    expect(parseDate('29.2.12')).toMatchObject({ ok: true, date: { value: '2012-02-29' } });
    expect(parseDate('5.13.12').issues[0]?.message).toBe('"5.13.12" is not a real date: there is no month 13.');
    expect(parseDate('0.5.12').issues[0]?.message).toBe('"0.5.12" is not a real date: there is no day 0.');
  });

  it.each(['Pathway agreed', '2009-20', '1980\'s', 'next quarter', 'Dependent on date of agreement of Pan London CAF protocol'])(
    'reports %s as unrecognised',
    (text) => {
      const result = parseDate(text);
      expect(result).toMatchObject({ ok: false, raw: text });
      expect(result.issues).toEqual([
        { code: 'unrecognised-date', severity: 'warning', message: `"${text}" is not a date that can be read. Write it like 31/05/2011 or May 2011.`, path: [] },
      ]);
    },
  );

  it('keeps four-digit years at the edges of the calendar', () => {
    expect(dateOf('0999')).toMatchObject({ value: '0999', precision: 'year' });
    expect(parseDate('Sep - Apr 0000').issues[0]?.message).toBe('"Sep - Apr 0000" is not a real date: the year -1 is out of range.');
  });

  it('treats blank text as no date and no problem', () => {
    expect(parseDate('  ')).toEqual({ ok: false, raw: '  ', issues: [] });
    expect(parseDate('<p></p>')).toEqual({ ok: false, raw: '<p></p>', issues: [] });
  });

  it('throws only when called with something that is not text', () => {
    expect(() => parseDate(42 as unknown as string)).toThrow(TypeError);
  });
});
