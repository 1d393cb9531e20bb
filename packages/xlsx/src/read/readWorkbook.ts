import type { Grid, GridMerge, GridSheet } from '@actionplan/core';
import { colourContext } from '../colours';
import type { WorkbookLimits } from '../limits';
import type { ZipParts } from '../unzipWorkbook';
import { readSharedStrings } from './sharedStrings';
import { SheetScanner, sheetLayout, type SheetCells, type SheetReadContext } from './sheetPart';
import { readSheetTail } from './sheetTail';
import { Styles } from './styles';
import { readRelationships, readWorkbookPart, sheetsToRead, type SheetEntry } from './workbookPart';
import { walkXml } from './walkXml';
import { bufferOf } from './xmlText';

/**
 * The Grid of an unpacked workbook, read from its XML without exceljs and equal to what readGrid
 * gave when it loaded the workbook with exceljs (readGridWithExceljs, the test oracle, checks that).
 * Malformed XML throws a plain Error, and a limit the `too-large` error `tooLarge` makes.
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
  const toRead = sheetsToRead(workbook, relationships, Object.keys(parts));
  checkOtherParts(parts, new Set(toRead.map(({ path }) => path)), ctx);
  const names = sheetNames(workbook.sheets);
  const sheets: GridSheet[] = [];
  for (const { path, entry } of toRead) {
    const name = names.get(entry)!;
    const { cells, merges } = readSheet(parts, path, name, ctx);
    const sheet: GridSheet = { name, rows: cells.rows, merges };
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

// The other parts exceljs parsed as XML (entry names matched as exceljs matches them, unanchored).
// Their content is no use to a Grid, but one that is not well-formed made exceljs refuse the whole
// file, so a damaged file is still reported as damaged.
const PARSED_BY_EXCELJS = [
  /^_rels\/\.rels$/,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];
const READ_HERE = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']);
const CORE_PROPERTIES = new Set(['dc:creator', 'dc:title', 'dc:subject', 'dc:description', 'dc:identifier', 'dc:language', 'cp:keywords', 'cp:category', 'cp:lastModifiedBy', 'cp:lastPrinted', 'cp:revision', 'cp:version', 'cp:contentStatus', 'cp:contentType', 'dcterms:created', 'dcterms:modified']);

/**
 * Throws where exceljs failed to load a file because of a part readGrid does not otherwise read: XML
 * that is not well-formed, document properties it could not take, or a worksheet part no sheet
 * refers to (exceljs read those too, so a bad shared-string index there failed the file).
 */
function checkOtherParts(parts: ZipParts, sheetsRead: ReadonlySet<string>, ctx: SheetReadContext): void {
  for (const [key, bytes] of Object.entries(parts)) {
    const path = key.startsWith('/') ? key.slice(1) : key;
    if (READ_HERE.has(path) || sheetsRead.has(path)) continue;
    if (path === 'docProps/app.xml') checkRoot(bytes, (name, depth) => depth > 1 || name === 'Properties', true);
    else if (path === 'docProps/core.xml') checkRoot(bytes, (name, depth) => depth > 2 || (depth === 1 ? name === 'cp:coreProperties' || name === 'coreProperties' : CORE_PROPERTIES.has(name)), false);
    else if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(path)) readSheet(parts, path, path, { ...ctx, limits: { ...ctx.limits, maxColumns: Infinity, maxCellText: Infinity } });
    else if (PARSED_BY_EXCELJS.some((pattern) => pattern.test(path))) walkXml(bufferOf(bytes), { open() {}, close() {} });
  }
}

function checkRoot(bytes: Uint8Array, allowed: (name: string, depth: number) => boolean, complete: boolean): void {
  let depth = 0;
  walkXml(bufferOf(bytes), {
    open(name) {
      if (!allowed(name, ++depth)) throw new Error(`unexpected <${name}> in document properties`);
    },
    close() {
      depth--;
    },
  }, { complete });
}

/** One worksheet part's cells and merges. */
function readSheet(parts: ZipParts, path: string, name: string, ctx: SheetReadContext): { cells: SheetCells; merges: GridMerge[] } {
  const bytes = bufferOf(parts[path in parts ? path : `/${path}`]!);
  const relationships = readRelationships(parts[path.replace(/([^/]+)$/, '_rels/$1.rels')]);
  const layout = sheetLayout(bytes);
  const tail = readSheetTail(bytes, layout, relationships);
  return { cells: new SheetScanner(bytes, layout, tail.merges, tail.hyperlinks, ctx, name).read(), merges: tail.merges };
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
