import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFields, dayFromNumber, dayNumber, isoMonth } from './calendar';
import { monthName } from './monthNames';
import { parseDate } from './parseDate';
import { parseDates } from './parseDates';

// Two-digit years read as 1970–2069, so days written with them are drawn from that window.
const twoDigitYearDay = fc.integer({ min: dayNumber(1970, 1, 1), max: dayNumber(2069, 12, 31) }).map(dayFromNumber);
const anyDay = fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }).map(dayFromNumber);

const pad = (n: number) => String(n).padStart(2, '0');
const yy = (year: number) => pad(year % 100);

function valueOf(text: string): string | null {
  const result = parseDate(text);
  return result.ok ? result.date.value : `failed: ${JSON.stringify(result.issues)}`;
}

describe('parseDate properties', () => {
  it('reads back every day written as dd-Mon-yyyy, d.m.yy and dd/mm/yyyy', () => {
    fc.assert(fc.property(anyDay, (day) => {
      const { year, month, day: d } = dateFields(day);
      expect(valueOf(`${pad(d!)}-${monthName(month!).slice(0, 3)}-${year}`)).toBe(day);
      expect(valueOf(`${pad(d!)}/${pad(month!)}/${year}`)).toBe(day);
    }));
    fc.assert(fc.property(twoDigitYearDay, (day) => {
      const { year, month, day: d } = dateFields(day);
      expect(valueOf(`${d}.${month}.${yy(year)}`)).toBe(day);
    }));
  });

  it('reads back every month written as Mon-yy', () => {
    fc.assert(fc.property(fc.integer({ min: 1970, max: 2069 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      expect(valueOf(`${monthName(month).slice(0, 3)}-${yy(year)}`)).toBe(isoMonth(year, month));
    }));
  });

  it('refuses every day past the end of its month instead of rolling it over', () => {
    fc.assert(fc.property(fc.integer({ min: 1970, max: 2069 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      const text = `${new Date(Date.UTC(year, month, 0)).getUTCDate() + 1}.${month}.${yy(year)}`;
      expect(parseDate(text).issues.map((issue) => issue.code)).toEqual(['impossible-date']);
    }));
  });

  // Pieces of real date text, markup and awkward characters, glued in any order.
  const piece = fc.constantFrom(
    '01', '9', '31', '2009', '12', '0000', '9999', '00', '-', '–', ' - ', '.', '/', ' ', '\n', 'May', 'Sept', 'th', ' nd', '<sup>', '</sup>', '<p',
    'end of', 'mid', 'ongoing', 'to', 'and on-going', 'within', 'three', 'months', 'Q', '#', '\ud800', '\udc00', '😀', '&nbsp;',
  );
  const dateLike = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

  it('never throws, whatever the text, and always hands back the text it was given', () => {
    const anyText = fc.oneof(dateLike, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));
    fc.assert(fc.property(anyText, (text) => {
      const result = parseDate(text, { referenceDate: '2012-09-20', anchor: '2012-05-18' });
      expect(result.ok ? result.date.raw : result.raw).toBe(text);
      for (const part of parseDates(text)) expect(text).toContain(part.ok ? part.date.raw : part.raw);
    }));
  });

  // No wall-clock assertion: these finish well inside the test timeout only because every pattern is
  // anchored without nested repetition and long text is refused before the recognisers run.
  it('copes with 10,000-character text built to make a regex backtrack', () => {
    const hostile = ['1-'.repeat(5000), '<'.repeat(10_000), 'end of '.repeat(1500), 'a'.repeat(10_000), '\ud800'.repeat(10_000), '1 '.repeat(5000)];
    for (const text of hostile) {
      expect(parseDate(text)).toMatchObject({ ok: false, issues: [{ code: 'unrecognised-date' }] });
      expect(parseDates(text).every((part) => !part.ok)).toBe(true);
    }
  });
});
