const VALUE_ENDS = ['</v>', '</is>', '</f>'];

/**
 * Sheet XML cut after the last row that holds a value. Some workbooks declare a million used rows
 * (formatted, empty rows to the bottom of the sheet); cutting them at the XML level, before exceljs
 * builds an object for each, makes such a sheet cost what its real rows cost. Fill-only cells inside
 * the kept rows stay (a RAG shown only as a colour is data); formatting below the last value does not.
 * Returns the input unchanged when there is nothing to cut or the XML is not in the plain form.
 *
 * @example
 * trimSheetPadding('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" s="1"/></sheetData>');
 * // '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
 */
export function trimSheetPadding(xml: string): string {
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  if (dataStart < 0 || dataEnd < 0) return xml;
  const lastValue = Math.max(...VALUE_ENDS.map((tag) => xml.lastIndexOf(tag, dataEnd)));
  let cut: number;
  if (lastValue < dataStart) {
    cut = xml.indexOf('>', dataStart) + 1;
  } else {
    const rowEnd = xml.indexOf('</row>', lastValue);
    if (rowEnd < 0 || rowEnd > dataEnd) return xml;
    cut = rowEnd + '</row>'.length;
  }
  if (cut >= dataEnd) return xml;
  return xml.slice(0, cut) + xml.slice(dataEnd);
}

/**
 * The highest row number a sheet's XML declares (`<row r="1048576">`), or 0 when its rows carry no
 * numbers. Read before exceljs, which would build every row up to it first.
 *
 * @example
 * highestRow('<sheetData><row r="1"/><row r="1048576"><c r="A1048576"/></row></sheetData>'); // 1048576
 */
export function highestRow(xml: string): number {
  let highest = 0;
  for (const [, r] of xml.matchAll(/<row\b[^>]*?\sr="(\d+)"/g)) highest = Math.max(highest, Number(r));
  return highest;
}
