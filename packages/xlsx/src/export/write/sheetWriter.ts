import type { CellOut } from '../../canonical/cellOut';
import { encodeCellText } from '../../cellText';
import { columnLetters } from './columnLetters';
import { MAIN_NS, RELATIONSHIPS_NS, XML_DECLARATION } from './ooxmlNames';
import { ByteWriter } from './byteWriter';
import { NEEDS_PRESERVE, type SharedStrings } from './sharedStrings';
import { STYLE } from './stylesXml';
import { DeflatedPart, type DeflateBacklog } from './zipWriter';
import { escapeXml } from './xmlEscape';

/**
 * Whether a sheet shows in Excel's tabs, is hidden (Unhide lists it) or very hidden (only code sees it).
 *
 * @example
 * const state: SheetState = 'veryHidden'; // the data sheet
 */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/**
 * How a sheet is laid out; columns are listed from A.
 *
 * @example
 * const issues: SheetOptions = { columns: [{ width: 10 }, { width: 70 }], frozenHeader: true, autoFilter: true, forReading: true };
 */
export interface SheetOptions {
  state?: SheetState;
  columns?: Array<{ width?: number; hidden?: boolean }>;
  /** Row 1 stays in view while the sheet scrolls. */
  frozenHeader?: boolean;
  /** A filter button on each of the listed columns' header cells. */
  autoFilter?: boolean;
  /**
   * Laid out for reading and printing: rows tall enough for their wrapped text (neither Excel nor
   * LibreOffice grows them on open), landscape pages one sheet wide with the header row repeated.
   */
  forReading?: boolean;
  /**
   * Text written in the cell itself instead of the shared string table: for text that never
   * repeats (the data sheet's JSON), which the table would only have to look up and keep.
   */
  inlineStrings?: boolean;
}

/**
 * What the sheets of one workbook share: the string table, and the bytes waiting to be compressed.
 *
 * @example
 * const host: SheetHost = new WorkbookWriter();
 */
export interface SheetHost {
  strings: SharedStrings;
  backlog: DeflateBacklog;
}

/**
 * An Excel table over a sheet's cells: its name, range, column names (the header cells' text) and style.
 *
 * @example
 * sheet.table = { name: 'PlanTable', ref: 'A1:S5', columns: ['Id', 'Section', …], style: 'TableStyleLight9' };
 */
export interface SheetTable {
  name: string;
  ref: string;
  columns: string[];
  style: string;
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const LINE_HEIGHT = 15;
const DEFAULT_WIDTH = 10;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
// A quick look that rules out both escapes `encodeCellText` makes, so plain text is not rewritten.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const MAY_NEED_ESCAPE = /_x|[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * One worksheet's XML, written cell by cell in reading order (rows ascending, columns ascending
 * within a row) with no cell objects in between, into buffers compressed as they fill. Text always
 * becomes a string cell (shared, or inline with `inlineStrings`), never a formula, with characters
 * XML cannot hold escaped as `_xHHHH_`; a day becomes a date serial.
 *
 * @example
 * const sheet = new SheetWriter('Issues', book, { columns: [{ width: 10 }], frozenHeader: true });
 * sheet.text(1, 1, 'Severity', STYLE.bold);
 * sheet.finish(); // the worksheet part, compressing
 */
export class SheetWriter {
  /** The sheet's conditional formatting (a `<conditionalFormatting>` element or ''). */
  conditionalFormatting = '';
  /** The sheet's data validations (a `<dataValidations>` element or ''). */
  dataValidations = '';
  /** The Excel table on the sheet, if any. */
  table: SheetTable | undefined;

  /** The bytes of this workbook waiting to be compressed: a long loop of rows waits on it now and then. */
  readonly backlog: DeflateBacklog;
  private readonly strings: SharedStrings;
  private readonly part: DeflatedPart;
  private readonly rows = new ByteWriter((full) => this.part.write(full));
  // The cells of the row being written: its height (from their text) is known only at its end.
  private readonly cells = new ByteWriter();
  private readonly widths: number[];
  // The row being written, and the last row written to the sheet.
  private row = 0;
  private written = 0;
  private readonly rowStyles: string[] = [];
  private readonly rowTexts: string[] = [];
  // Each column's last shared text and its index in the table.
  private readonly lastTexts: string[] = [];
  private readonly lastIndexes: number[] = [];
  private lines = 1;
  // Read from `options` once: every sheet's options object has its own shape, and the cell writers
  // read these for every cell.
  private readonly forReading: boolean;
  private readonly inlineStrings: boolean;

  constructor(
    readonly name: string,
    book: SheetHost,
    readonly options: SheetOptions = {},
  ) {
    this.strings = book.strings;
    this.backlog = book.backlog;
    this.part = new DeflatedPart(book.backlog);
    const { columns = [], frozenHeader, forReading = false, inlineStrings = false } = options;
    this.forReading = forReading;
    this.inlineStrings = inlineStrings;
    this.widths = columns.map((column) => (column.hidden ? 0 : (column.width ?? DEFAULT_WIDTH)));
    const cols = columns
      .map((column, c) => (column.width === undefined && !column.hidden ? '' : `<col min="${c + 1}" max="${c + 1}" width="${column.width ?? DEFAULT_WIDTH}"${column.hidden ? ' hidden="1"' : ''} customWidth="1"/>`))
      .join('');
    const pane = frozenHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' : '';
    // No <dimension>: it is optional, and the sheet's extent is not known until its rows are written.
    this.rows.utf8(
      `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
        (forReading ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols === '' ? '' : `<cols>${cols}</cols>`) +
        '<sheetData>',
    );
  }

  /** A text cell; empty text leaves the cell empty (kept, with its style, when it has one). */
  text(row: number, column: number, text: string, style: number = STYLE.plain): void {
    this.moveTo(row);
    if (text === '') {
      if (style !== STYLE.plain) this.blankCell(this.cells, column, style);
      return;
    }
    const encoded = encodedText(text);
    this.textCell(this.cells, column, encoded, style);
    this.lines = Math.max(this.lines, this.linesOf(row, column, encoded));
  }

  /** A number cell. */
  number(row: number, column: number, value: number, style: number = STYLE.plain): void {
    this.moveTo(row);
    this.numberCell(this.cells, column, value, style);
  }

  /** A date cell showing the day `YYYY-MM-DD`. */
  day(row: number, column: number, day: string, style: number = STYLE.day): void {
    this.number(row, column, serialOfDay(day), style);
  }

  /** What a column codec renders: wrapped text or a wrapped day, or unwrapped with `wrap` false. */
  out(row: number, column: number, out: CellOut, wrap = true): void {
    if ('day' in out) this.day(row, column, out.day, wrap ? STYLE.dayWrapTop : STYLE.day);
    else this.text(row, column, out.text, wrap ? STYLE.wrapTop : STYLE.plain);
  }

  /**
   * A whole row of rendered cells from column A, wrapped (`wrap`) or not: written straight into the
   * sheet, its height worked out from its text first, where cell by cell it has to wait for the row's end.
   */
  writeRow(row: number, outs: readonly CellOut[], wrap: (column: number) => boolean = WRAP_ALL): void {
    this.moveTo(row);
    this.endRow();
    const texts = this.rowTexts;
    let lines = 1;
    for (let c = 0; c < outs.length; c++) {
      const out = outs[c]!;
      const text = 'text' in out && out.text !== '' ? encodedText(out.text) : '';
      texts[c] = text;
      if (text !== '') lines = Math.max(lines, this.linesOf(row, c + 1, text));
    }
    const { rows } = this;
    this.rowStart(row, lines);
    for (let c = 0; c < outs.length; c++) {
      const out = outs[c]!;
      const wrapped = wrap(c + 1);
      if ('day' in out) this.numberCell(rows, c + 1, serialOfDay(out.day), wrapped ? STYLE.dayWrapTop : STYLE.day);
      else if (texts[c] !== '') this.textCell(rows, c + 1, texts[c]!, wrapped ? STYLE.wrapTop : STYLE.plain);
      else if (wrapped) this.blankCell(rows, c + 1, STYLE.wrapTop);
    }
    rows.ascii('</row>');
    this.written = row;
  }

  /**
   * A row of text cells from column A, wrapped where `wraps` says (none by default): a wrapped
   * empty text is a blank cell keeping the wrap style, an unwrapped one no cell at all.
   */
  textRow(row: number, texts: readonly string[], wraps: readonly boolean[] = []): void {
    this.moveTo(row);
    this.endRow();
    const { rows, rowTexts } = this;
    let lines = 1;
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c]!;
      rowTexts[c] = text === '' ? '' : encodedText(text);
      if (text !== '') lines = Math.max(lines, this.linesOf(row, c + 1, rowTexts[c]!));
    }
    this.rowStart(row, lines);
    for (let c = 0; c < texts.length; c++) {
      const wrapped = wraps[c] === true;
      if (rowTexts[c] !== '') this.textCell(rows, c + 1, rowTexts[c]!, wrapped ? STYLE.wrapTop : STYLE.plain);
      else if (wrapped) this.blankCell(rows, c + 1, STYLE.wrapTop);
    }
    rows.ascii('</row>');
    this.written = row;
  }

  /**
   * Ends the sheet: its rows, then filter, conditional formatting, validations, page setup and
   * table, written after them. `tableRelationship` names the relationship of its table part, if any.
   */
  finish(tableRelationship?: string): DeflatedPart {
    this.endRow();
    const { columns = [], autoFilter, forReading } = this.options;
    this.rows.utf8(
      '</sheetData>' +
        (autoFilter && columns.length > 0 ? `<autoFilter ref="A1:${columnLetters(columns.length)}1"/>` : '') +
        this.conditionalFormatting +
        this.dataValidations +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        (forReading ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
        (tableRelationship ? `<tableParts count="1"><tablePart r:id="${tableRelationship}"/></tableParts>` : '') +
        '</worksheet>',
    );
    this.part.write(this.rows.toBuffer(), true);
    return this.part;
  }

  // Makes `row` the row being written, ending the one before.
  private moveTo(row: number): void {
    if (row === this.row && row !== this.written) return;
    if (row < this.row || row <= this.written) throw new Error(`SheetWriter: row ${row} of "${this.name}" written after row ${Math.max(this.row, this.written)}.`);
    this.endRow();
    this.row = row;
    this.rowStyles.length = 0;
  }

  private linesOf(row: number, column: number, encoded: string): number {
    if (!this.forReading || row === 1) return 1;
    const width = this.widths[column - 1] ?? DEFAULT_WIDTH;
    return width > 0 ? wrappedLines(encoded, width) : 1;
  }

  private textCell(to: ByteWriter, column: number, encoded: string, style: number): void {
    this.cellStart(to, column, style);
    if (this.inlineStrings) {
      // One look for text that needs neither `xml:space` nor an escape (all the data sheet's JSON).
      const plain = !INLINE_SPECIAL.test(encoded);
      to.ascii(plain || !NEEDS_PRESERVE.test(encoded) ? ' t="inlineStr"><is><t>' : ' t="inlineStr"><is><t xml:space="preserve">');
      to.utf8(plain ? encoded : escapeXml(encoded));
      to.ascii('</t></is></c>');
    } else {
      to.ascii(' t="s"><v>');
      to.integer(this.sharedIndex(column, encoded));
      to.ascii('</v></c>');
    }
  }

  // Runs of rows repeat a column's text (a section, a status, a rating): the table is asked only when it changes.
  private sharedIndex(column: number, encoded: string): number {
    if (this.lastTexts[column] === encoded) return this.strings.indexOfAgain(this.lastIndexes[column]!);
    const index = this.strings.indexOf(encoded);
    this.lastTexts[column] = encoded;
    this.lastIndexes[column] = index;
    return index;
  }

  private numberCell(to: ByteWriter, column: number, value: number, style: number): void {
    this.cellStart(to, column, style);
    to.ascii('><v>');
    to.number(value);
    to.ascii('</v></c>');
  }

  private blankCell(to: ByteWriter, column: number, style: number): void {
    this.cellStart(to, column, style);
    to.ascii('/>');
  }

  // `<c r="B2" s="1"`: a row's cells share a few styles, so `2" s="1"` is made once a row, not once a cell.
  private cellStart(to: ByteWriter, column: number, style: number): void {
    let rest = this.rowStyles[style];
    if (rest === undefined) {
      rest = style === STYLE.plain ? `${this.row}"` : `${this.row}" s="${style}"`;
      this.rowStyles[style] = rest;
    }
    to.ascii(cellStart(column));
    to.ascii(rest);
  }

  private rowStart(row: number, lines: number): void {
    const { rows } = this;
    rows.ascii('<row r="');
    rows.integer(row);
    if (lines > 1) {
      rows.ascii('" ht="');
      rows.integer(Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT));
      rows.ascii('" customHeight="1">');
    } else {
      rows.ascii('">');
    }
  }

  // Writes the row of the cells written one by one, if any.
  private endRow(): void {
    if (this.cells.length === 0) return;
    this.rowStart(this.row, this.lines);
    this.rows.append(this.cells);
    this.rows.ascii('</row>');
    this.written = this.row;
    this.cells.clear();
    this.lines = 1;
  }
}

const WRAP_ALL = (): boolean => true;
// What `NEEDS_PRESERVE` and `escapeXml` look for, in one pattern.
const INLINE_SPECIAL = /^\s|\s$|[\n&<>]/;

// The text as a cell holds it: `encodeCellText`, after a quick look that rules out both its escapes.
function encodedText(text: string): string {
  return MAY_NEED_ESCAPE.test(text) ? encodeCellText(text) : text;
}

const starts: string[] = [];
// `<c r="AB`, the start of every cell of a column.
function cellStart(column: number): string {
  return (starts[column] ??= `<c r="${columnLetters(column)}`);
}

// The Excel serial of a day, as `excelSerialOfDate(excelDateOfIsoDay(day))` gives it, without a Date.
function serialOfDay(day: string): number {
  return (Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - EXCEL_EPOCH) / DAY_MS;
}

/** How many lines `text` takes in a column `width` characters wide, wrapping at words. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let total = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const length = (end === -1 ? text.length : end) - start;
    total += Math.max(1, Math.ceil(length / perLine));
    if (end === -1) return total;
    start = end + 1;
  }
}
