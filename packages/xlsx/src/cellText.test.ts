import { describe, expect, it } from 'vitest';
import { encodeCellText } from './cellText';
import { formatDayAs } from './dateCell';
import { trimSheetPadding } from './sheetXml';

describe('cell helpers', () => {
  it('escapes what XML cannot hold the way Excel does, and protects literal escapes', () => {
    expect(encodeCellText('a\u0007b')).toBe('a_x0007_b');
    expect(encodeCellText('line\r\nbreak')).toBe('line_x000D_\nbreak');
    expect(encodeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(encodeCellText('=SUM(A1) 😀\tok')).toBe('=SUM(A1) 😀\tok');
  });

  it('shows days as their number format does', () => {
    expect(formatDayAs('2017-01-31', 'mmm-yy')).toBe('Jan-17');
    expect(formatDayAs('2011-05-31', 'dd/mm/yyyy')).toBe('31/05/2011');
    expect(formatDayAs('2012-09-27', 'd.m.yy')).toBe('27.9.12');
    expect(formatDayAs('2011-05-31', '[$-809]dddd d mmmm yyyy')).toBe('Tuesday 31 May 2011');
    expect(formatDayAs('2011-05-31', undefined)).toBe('2011-05-31');
  });

  it('cuts formatted rows below the last value and keeps fill-only cells above it', () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="2"/><c r="B1" t="s"><v>0</v></c></row><row r="2" s="1"/><row r="3"><c r="A3" s="1"/></row></sheetData>';
    expect(trimSheetPadding(xml)).toBe('<sheetData><row r="1"><c r="A1" s="2"/><c r="B1" t="s"><v>0</v></c></row></sheetData>');
    expect(trimSheetPadding('<sheetData><row r="5" s="1"/></sheetData>')).toBe('<sheetData></sheetData>');
  });
});
