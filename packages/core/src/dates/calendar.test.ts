import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, dateFields, dayFromNumber, dayNumber, daysBetween, firstDay, isoMonth, lastDay, precisionOf,
} from './calendar';

const anyDay = fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }).map(dayFromNumber);
const anyMonth = fc.tuple(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => isoMonth(y, m));

describe('calendar', () => {
  it('knows the precision of each partial date form', () => {
    expect(['2011-05-31', '2017-02', '2017-Q1', '2017'].map(precisionOf)).toEqual(['day', 'month', 'quarter', 'year']);
  });

  it('gives first and last days: a month falls due on its last day', () => {
    expect([firstDay('2017-02'), lastDay('2017-02')]).toEqual(['2017-02-01', '2017-02-28']);
    expect([firstDay('2012-02'), lastDay('2012-02')]).toEqual(['2012-02-01', '2012-02-29']);
    expect([firstDay('2017-Q1'), lastDay('2017-Q1')]).toEqual(['2017-01-01', '2017-03-31']);
    expect([firstDay('2017-Q4'), lastDay('2017-Q4')]).toEqual(['2017-10-01', '2017-12-31']);
    expect([firstDay('2015'), lastDay('2015')]).toEqual(['2015-01-01', '2015-12-31']);
    expect([firstDay('2011-05-31'), lastDay('2011-05-31')]).toEqual(['2011-05-31', '2011-05-31']);
  });

  it('counts days between: due 31 May 2011, 52 days before 22 July 2011', () => {
    expect(daysBetween('2011-05-31', '2011-07-22')).toBe(52);
    expect(daysBetween('2011-07-22', '2011-05-31')).toBe(-52);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
  });

  it('adds days and months, holding the day at the end of a short month', () => {
    expect(addDays('2012-12-31', 1)).toBe('2013-01-01');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addMonths('2011-02-25', 3)).toBe('2011-05-25');
    expect(addMonths('2012-01-31', 1)).toBe('2012-02-29');
    expect(addMonths('2011-08-31', -6)).toBe('2011-02-28');
    expect(addMonths('2017-11', 3)).toBe('2018-02');
  });

  it('throws for text that is not a partial date: a programming mistake', () => {
    expect(() => firstDay('31/05/2011')).toThrow(RangeError);
    expect(() => lastDay('2011-02-30')).toThrow(RangeError);
    expect(() => daysBetween('2011-05', '2011-06-01')).toThrow(RangeError);
    expect(() => addMonths('2017', 1)).toThrow(RangeError);
    expect(() => dateFields('2011-13')).toThrow(RangeError);
  });

  it('turns day numbers into days and back', () => {
    expect(dayFromNumber(0)).toBe('1970-01-01');
    expect(dayNumber(2011, 5, 31)).toBe(15125);
    fc.assert(fc.property(anyDay, (day) => {
      const { year, month, day: d } = dateFields(day);
      expect(dayFromNumber(dayNumber(year, month!, d!))).toBe(day);
    }));
  });

  it('makes lastDay of a month the day before firstDay of the next', () => {
    fc.assert(fc.property(anyMonth, (month) => {
      expect(lastDay(month)).toBe(addDays(firstDay(addMonths(month, 1)), -1));
    }));
  });

  it('steps through consecutive days one at a time', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -1000, max: 1000 }), (day, n) => {
      fc.pre(day > '0003' && day < '9997');
      expect(daysBetween(day, addDays(day, n))).toBe(n);
    }));
  });
});
