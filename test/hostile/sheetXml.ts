// Hand-written SpreadsheetML for the corpus: the cases need XML no spreadsheet library would write
// (a value in row 1,048,576, a DOCTYPE, escapes of lone surrogates, shared formulas, the 1904 system).
import { rawZip, type RawEntry } from './rawZip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A cell: text (an inline string), a number (style 1 = date `d mmm yyyy`; `shared`: an index into sharedStrings), a formula, an error. */
export type CellXml = string | { n: number; s?: 1; shared?: true } | { f: string; v?: string; t?: 'str' | 'e'; shared?: { si: number; ref?: string } } | { e: string } | null;

/** A sheet of the corpus: its name and its rows (row 1 first), or its whole XML when a case needs to write that itself. */
export interface SheetSpec {
  name: string;
  rows?: CellXml[][];
  xml?: string;
}

/**
 * The column letters of a 0-based column: 0 → A, 16383 → XFD.
 *
 * @example
 * columnLetters(16383); // 'XFD'
 */
export function columnLetters(c: number): string {
  let letters = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * XML text with `&`, `<`, `>` and `"` escaped.
 *
 * @example
 * escapeXml('a < b'); // 'a &lt; b'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellXml(cell: CellXml, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${cell}</t></is></c>`;
  if ('n' in cell) return `<c r="${ref}"${cell.s ? ` s="${cell.s}"` : ''}${cell.shared ? ' t="s"' : ''}><v>${cell.n}</v></c>`;
  if ('e' in cell) return `<c r="${ref}" t="e"><v>${cell.e}</v></c>`;
  const shared = cell.shared ? ` t="shared" si="${cell.shared.si}"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ''}` : '';
  return `<c r="${ref}"${cell.t ? ` t="${cell.t}"` : ''}><f${shared}>${cell.f}</f>${cell.v === undefined ? '' : `<v>${cell.v}</v>`}</c>`;
}

/**
 * The rows of a sheet as `<row>` elements. Text cells are inserted as given (the caller escapes).
 *
 * @example
 * rowsXml([['Ref:', 'Action:']]); // '<row r="1"><c r="A1" t="inlineStr">…'
 */
export function rowsXml(rows: CellXml[][], firstRow = 1): string {
  return rows.map((cells, r) => `<row r="${r + firstRow}">${cells.map((cell, c) => cellXml(cell, `${columnLetters(c)}${r + firstRow}`)).join('')}</row>`).join('');
}

/**
 * A whole worksheet part around the given `<row>` elements.
 *
 * @example
 * worksheetXml(rowsXml([['Ref:']]));
 */
export function worksheetXml(rows: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * A complete .xlsx of the sheets: content types, relationships, a workbook (1904 dates on request),
 * styles with a day format as style 1, and optionally a shared-strings part as given.
 *
 * @example
 * xlsxOf([{ name: 'Plan', rows: [['Ref:', 'Action:'], ['1.1', 'Review']] }]);
 */
export function xlsxOf(sheets: SheetSpec[], options: { date1904?: boolean; sharedStrings?: string } = {}): Uint8Array {
  const text = (name: string, xml: string): RawEntry => ({ name, data: new TextEncoder().encode(xml) });
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`),
    ...(options.sharedStrings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>`] : []),
  ];
  const relationships = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    ...(options.sharedStrings ? [`<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
  ];
  const pkg = 'http://schemas.openxmlformats.org/package/2006';
  return rawZip([
    text('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`),
    text('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    text('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships">${relationships.join('')}</Relationships>`),
    text('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d mmm yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`),
    ...sheets.map((sheet, i) => text(`xl/worksheets/sheet${i + 1}.xml`, sheet.xml ?? worksheetXml(rowsXml(sheet.rows ?? [])))),
    ...(options.sharedStrings ? [text('xl/sharedStrings.xml', options.sharedStrings)] : []),
  ]);
}
