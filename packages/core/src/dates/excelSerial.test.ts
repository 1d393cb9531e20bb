import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from './calendar';
import { fromExcelSerial, toExcelSerial } from './excelSerial';

describe('Excel date serials', () => {
  it('reads the 1900 system, 29 February 1900 included', () => {
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    // Excel shows serial 60 as 29 February 1900, a day that never was.
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(36526)).toBe('2000-01-01');
    expect(fromExcelSerial(40694)).toBe('2011-05-31');
    expect(fromExcelSerial(40694.75)).toBe('2011-05-31');
    expect(fromExcelSerial(2958465)).toBe('9999-12-31');
  });

  it('reads the 1904 system', () => {
    expect(fromExcelSerial(0, { date1904: true })).toBe('1904-01-01');
    expect(fromExcelSerial(39232, { date1904: true })).toBe('2011-05-31');
    expect(toExcelSerial('2011-05-31', { date1904: true })).toBe(39232);
  });

  it('gives null for serials that name no day', () => {
    expect([0, -1, 2958466, Number.NaN, Infinity].map((n) => fromExcelSerial(n))).toEqual([null, null, null, null, null]);
    expect(fromExcelSerial(-1, { date1904: true })).toBeNull();
    expect(toExcelSerial('1899-12-31')).toBeNull();
    expect(toExcelSerial('1903-12-31', { date1904: true })).toBeNull();
  });

  it('writes serials on both sides of the missing leap day', () => {
    expect(toExcelSerial('1900-01-01')).toBe(1);
    expect(toExcelSerial('1900-02-28')).toBe(59);
    expect(toExcelSerial('1900-03-01')).toBe(61);
    expect(toExcelSerial('2011-05-31')).toBe(40694);
  });

  it('round-trips every day Excel can show, in both systems', () => {
    const day = (from: number) => fc.integer({ min: from, max: dayNumber(9999, 12, 31) }).map(dayFromNumber);
    fc.assert(fc.property(day(dayNumber(1900, 1, 1)), (d) => {
      expect(fromExcelSerial(toExcelSerial(d)!)).toBe(d);
    }));
    fc.assert(fc.property(day(dayNumber(1904, 1, 1)), (d) => {
      expect(fromExcelSerial(toExcelSerial(d, { date1904: true })!, { date1904: true })).toBe(d);
    }));
  });
});
