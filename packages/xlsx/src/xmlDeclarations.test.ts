import { describe, expect, it } from 'vitest';
import { findDeclaringPart } from './xmlDeclarations';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2 + (littleEndian ? 0 : 1)] = text.charCodeAt(i);
  return bytes;
};
const LAUGHS = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><sst><si><t>&lol;</t></si></sst>';

describe('findDeclaringPart', () => {
  it('finds a DOCTYPE or ENTITY declaration in UTF-8 and in UTF-16 of either byte order, in any case', () => {
    expect(findDeclaringPart({ 'xl/workbook.xml': utf8('<workbook/>'), 'xl/sharedStrings.xml': utf8(LAUGHS) })).toBe('xl/sharedStrings.xml');
    expect(findDeclaringPart({ 'xl/styles.xml': utf16(LAUGHS, true) })).toBe('xl/styles.xml');
    expect(findDeclaringPart({ 'xl/styles.xml': utf16(LAUGHS, false) })).toBe('xl/styles.xml');
    expect(findDeclaringPart({ 'xl/worksheets/sheet1.xml': utf8('<worksheet><!doctype x></worksheet>') })).toBe('xl/worksheets/sheet1.xml');
    expect(findDeclaringPart({ 'xl/worksheets/sheet1.xml': utf8('<x><!EnTiTy a "b"></x>') })).toBe('xl/worksheets/sheet1.xml');
  });

  it('lets through comments, CDATA, exclamation marks in text and the words outside a declaration', () => {
    const sheet = '<worksheet><!-- DOCTYPE --><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Achieved! See ENTITY list; &lt;!DOCTYPE is text</t></is></c></row></sheetData><![CDATA[!ENTITY]]></worksheet>';
    expect(findDeclaringPart({ 'xl/worksheets/sheet1.xml': utf8(sheet), 'xl/sharedStrings.xml': utf16('<sst><si><t>Done!</t></si></sst>', true) })).toBeUndefined();
  });
});
