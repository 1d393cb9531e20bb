import type { Grid, GridSheet } from '@actionplan/core';
import { colourContext } from '../colours';
import type { WorkbookLimits } from '../limits';
import type { ZipParts } from '../unzipWorkbook';
import { readSharedStrings } from './sharedStrings';
import { SheetScanner, sheetLayout, type SheetReadContext } from './sheetPart';
import { readSheetTail } from './sheetTail';
import { Styles } from './styles';
import { readRelationships, readWorkbookPart, sheetsToRead, type SheetEntry } from './workbookPart';
import { bufferOf } from './xmlText';

/**
 * The Grid of an unpacked workbook, read from its XML without exceljs and equal to what readGrid
 * gave when it loaded the workbook with exceljs (readGridWithExceljs, the test oracle, checks that).
 * Each part's bytes are dropped from `parts` once read. Malformed XML throws a plain Error and a
 * limit a `too-large` error made by `tooLarge`.
 *
 * @example
 * const grid = readWorkbookParts(unzipWorkbook(bytes, 'plan.xlsx', limits), limits, (detail) => new WorkbookError('too-large', 'plan.xlsx', detail));
 */
export function readWorkbookParts(parts: ZipParts, limits: WorkbookLimits, tooLarge: (detail: string) => Error): Grid {
  const workbook = readWorkbookPart(parts['xl/workbook.xml']!);
  const relationships = readRelationships(parts['xl/_rels/workbook.xml.rels']);
  const styleBytes = parts['xl/styles.xml'];
  const themeBytes = parts['xl/theme/theme1.xml'];
  const colours = colourContext(themeBytes && bufferOf(themeBytes).toString('utf8'), styleBytes && bufferOf(styleBytes).toString('utf8'));
  const strings = parts['xl/sharedStrings.xml'];
  const ctx: SheetReadContext = {
    styles: Styles.read(styleBytes, colours),
    sharedStrings: strings ? readSharedStrings(strings) : undefined,
    date1904: workbook.date1904,
    limits,
    tooLarge,
  };
  const names = sheetNames(workbook.sheets);
  const sheets: GridSheet[] = [];
  for (const { path, entry } of sheetsToRead(workbook, relationships, Object.keys(parts))) {
    const key = path in parts ? path : `/${path}`;
    const bytes = bufferOf(parts[key]!);
    delete parts[key];
    const name = names.get(entry)!;
    const layout = sheetLayout(bytes);
    const sheetRelationships = readRelationships(parts[path.replace(/([^/]+)$/, '_rels/$1.rels')]);
    const tail = readSheetTail(bytes, layout, sheetRelationships);
    const cells = new SheetScanner(bytes, tail.merges, tail.hyperlinks, ctx, name).read();
    const sheet: GridSheet = { name, rows: cells.rows, merges: tail.merges };
    if (entry.state && entry.state !== 'visible') sheet.hidden = true;
    if (cells.hiddenRows.length > 0) sheet.hiddenRows = cells.hiddenRows;
    if (cells.hiddenColumns.length > 0) sheet.hiddenColumns = cells.hiddenColumns;
    sheets.push(sheet);
  }
  let count = 0;
  for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row) if (cell) count++;
  if (count > limits.maxCells) throw tooLarge(`It has ${count.toLocaleString('en-GB')} cells; the limit is ${limits.maxCells.toLocaleString('en-GB')}.`);
  return { sheets };
}

const XML_DECODE: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };

/**
 * Each sheet entry's name in the Grid. exceljs refuses names it would not let you create (a leading
 * or trailing apostrophe, `* ? : \ / [ ]`, empty, `History`, over 31 characters, a duplicate), so
 * readGrid loaded those under stand-ins and gave them back as the file has them; the others come
 * out as exceljs names them, which decodes `&amp;` and friends a second time.
 */
function sheetNames(entries: readonly SheetEntry[]): Map<SheetEntry, string> {
  const names = new Map<SheetEntry, string>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name;
    if (name === undefined) throw new Error('a sheet without a name');
    const unloadable = name === '' || name === 'History' || name.length > 31 || /[*?:/\\[\]]|^'|'$/.test(name) || seen.has(name.toLowerCase());
    seen.add(name.toLowerCase());
    names.set(entry, unloadable ? name : name.replace(/&([a-z]*);/g, (entity) => XML_DECODE[entity] ?? entity));
  }
  return names;
}
