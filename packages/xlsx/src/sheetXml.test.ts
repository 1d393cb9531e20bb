import { describe, expect, it } from 'vitest';
import { highestRow } from './sheetXml';
import { sheetPartNames } from './sheetNames';

describe('highestRow', () => {
  it('reads the highest row number, in any order, and 0 when rows carry none', () => {
    expect(highestRow('<sheetData><row r="1" spans="1:3"><c r="A1"/></row><row s="2" r="1048576"><c r="A1048576"/></row><row r="7"/></sheetData>')).toBe(1_048_576);
    expect(highestRow('<sheetData><row><c><v>1</v></c></row></sheetData>')).toBe(0);
  });
});

describe('sheetPartNames', () => {
  it('maps each worksheet part to its sheet name through the relationships', () => {
    const workbook = '<sheets><sheet name="Action Plan" sheetId="1" r:id="rId1"/><sheet name="&apos;Key&apos;" sheetId="2" r:id="rId2"/></sheets>';
    const rels = '<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="/xl/worksheets/sheet2.xml"/></Relationships>';
    expect([...sheetPartNames(workbook, rels)]).toEqual([['xl/worksheets/sheet1.xml', 'Action Plan'], ['xl/worksheets/sheet2.xml', "'Key'"]]);
  });
});
