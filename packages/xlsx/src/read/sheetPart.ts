import type { Buffer } from 'node:buffer';
import type { GridCell, GridMerge } from '@actionplan/core';
import { decodeCellText } from '../cellText';
import type { WorkbookLimits } from '../limits';
import { coveredByMerge } from '../mergeCells';
import { columnLetters, decodeAddress, slideFormula } from './cellAddress';
import { describeResult, describeValue, emptyCell, excelSerialToDate, finishCell, type LoadedValue } from './cellValue';
import type { SharedString, TextRun } from './sharedStrings';
import { decodeStringEscapes } from './sharedStrings';
import type { CellStyle, Styles } from './styles';
import { checkClosingTagEnd, checkName, endsName, skipNonElement, TagAttributes, tagEnd } from './xmlTags';
import { xmlAttribute, xmlText } from './xmlText';

/** What reading a sheet needs from its workbook. */
export interface SheetReadContext {
  styles: Styles;
  /** Undefined when the workbook has no shared strings part (a `t="s"` cell then shows its index, as in exceljs). */
  sharedStrings: SharedString[] | undefined;
  date1904: boolean;
  limits: WorkbookLimits;
  /** Throws the `too-large` error for a detail. */
  tooLarge: (detail: string) => Error;
}

/** The cell data of one sheet, ready for a GridSheet. */
export interface SheetCells {
  rows: Array<Array<GridCell | null>>;
  hiddenRows: number[];
  hiddenColumns: number[];
}

/** Where the sheet's parts are, found before scanning: its rows region (padding cut) and what follows it. */
export interface SheetLayout {
  /** Index of `<sheetData`, or -1. */
  dataStart: number;
  /** Where reading rows stops: after the last row holding a value (formatted padding below it costs nothing). */
  cut: number;
  /** Index of `</sheetData>`, or -1. */
  dataEnd: number;
}

const VALUE_ENDS = ['</v>', '</is>', '</f>'];

/**
 * Where a sheet's rows end, as readGrid has always cut them: after the `</row>` that follows the
 * last `</v>`, `</is>` or `</f>` (no values: right after `<sheetData>`).
 *
 * @example
 * sheetLayout(bufferOf(strToU8('<sheetData><row r="1"><c><v>1</v></c></row><row r="2" s="1"/></sheetData>'))).cut; // 42
 */
export function sheetLayout(bytes: Buffer): SheetLayout {
  const dataStart = bytes.indexOf('<sheetData', 0, 'latin1');
  const dataEnd = bytes.indexOf('</sheetData>', 0, 'latin1');
  if (dataStart < 0 || dataEnd < 0 || dataEnd < dataStart) return { dataStart, cut: -1, dataEnd: -1 };
  // Each later tag is looked for only after the last one found (a file without formulas would
  // otherwise have all its rows searched backwards for a `</f>`).
  let lastValue = -1;
  for (const tag of VALUE_ENDS) {
    const from = Math.max(lastValue, 0);
    const found = bytes.subarray(from, dataEnd + tag.length).lastIndexOf(tag, undefined, 'latin1');
    if (found >= 0) lastValue = from + found;
  }
  let cut: number;
  if (lastValue < dataStart) {
    cut = bytes.indexOf(0x3e, dataStart) + 1;
  } else {
    const rowEnd = bytes.indexOf('</row>', lastValue, 'latin1');
    if (rowEnd < 0 || rowEnd > dataEnd) return { dataStart, cut: -1, dataEnd: -1 };
    cut = rowEnd + '</row>'.length;
  }
  return cut >= dataEnd ? { dataStart, cut: -1, dataEnd: -1 } : { dataStart, cut, dataEnd };
}

// Element names the scanner acts on.
const enum Name {
  Other,
  Worksheet,
  SheetData,
  Cols,
  Col,
  Row,
  C,
  V,
  F,
  T,
  R,
  Is,
  RPr,
}

// Cell types (`t`), as exceljs tells them apart.
const enum Kind {
  Number,
  Shared,
  Str,
  InlineStr,
  Bool,
  Error,
}

// What character data inside a cell goes to.
const enum Into {
  Nothing,
  Formula,
  Value,
  RunText,
}

/** A row being read: its cells so far (sparse), and what exceljs would know of it. */
interface RowState {
  index: number;
  style: CellStyle | null;
  hidden: boolean;
  cells: Array<GridCell | null>;
  /** One past the highest column holding a cell (exceljs's `_cells.length`). */
  width: number;
}

/** A kept row: its cells (sparse), its last column with text, whether it is hidden. */
interface KeptRow {
  cells: Array<GridCell | null>;
  lastText: number;
  hidden: boolean;
}

/**
 * Reads one worksheet part's cells straight from its bytes, the way readGrid showed them when
 * exceljs loaded the workbook (see readGridWithExceljs, the test oracle): values, styles, shared
 * formulas, hyperlinked cells, gaps filled from row and column styles, merges' covered cells
 * emptied, and every limit checked. Only text that a cell shows is decoded; tags are compared as
 * bytes. Malformed XML throws a plain Error (readGrid reports the file as damaged).
 *
 * @example
 * const cells = new SheetScanner(bytes, sheetLayout(bytes), merges, hyperlinks, ctx, 'Action Plan').read();
 * cells.rows[2]?.[3]; // { text: 'Jan-17', date: '2017-01-01', number: 42736, numFmt: 'mmm-yy' }
 */
export class SheetScanner {
  private readonly attributes = new TagAttributes();
  private readonly covered: ((row: number, column: number) => boolean) | undefined;
  private readonly kept: Array<KeptRow | undefined> = [];
  private columnHidden: boolean[] = [];
  private columnStyles: Array<CellStyle | null> = [];
  private columnsHaveFill = false;
  // Tag balance: the open elements' name offsets and lengths.
  private stack = new Int32Array(64);
  private depth = 0;
  // The row and cell being read.
  private row: RowState | undefined;
  private occupied = new Int32Array(16_385);
  private rowStamp = 0;
  private previousColumn = 0;
  private inCell = false;
  private cellKind = Kind.Number;
  private cellStyleId = 0;
  // The cell's `r` attribute as a byte range (start -1 when absent).
  private refStart = -1;
  private refEnd = -1;
  private value: string | { richText: TextRun[] } | undefined;
  private valueFromT = false;
  private formula: string | undefined;
  private shareType: string | undefined;
  private sharedIndex: string | undefined;
  private sharedRef: string | undefined;
  private into = Into.Nothing;
  private run: TextRun | undefined;
  private runTexts: string[] | undefined;
  private inRunFont = false;
  private readonly masters = new Map<string, { address: string; formula: string | undefined }>();

  constructor(
    private readonly bytes: Buffer,
    private readonly layout: SheetLayout,
    merges: readonly GridMerge[],
    private readonly hyperlinks: ReadonlyMap<string, string>,
    private readonly ctx: SheetReadContext,
    private readonly sheetName: string,
  ) {
    this.covered = merges.length > 0 ? coveredByMerge(merges) : undefined;
  }

  /** Scans the part and returns its cells. */
  read(): SheetCells {
    const bytes = this.bytes;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new Error('a UTF-16 sheet');
    const layout = this.layout;
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let pos = start;
    let rootSeen = false;
    for (;;) {
      if (pos === layout.cut) {
        // Rows below the last value are padding: skip straight to </sheetData>, leaving the open
        // elements as they were at the cut (inside <sheetData>).
        pos = layout.dataEnd;
      }
      const lt = bytes.indexOf(0x3c, pos);
      const textEnd = lt < 0 ? bytes.length : lt;
      if (textEnd > pos) this.text(pos, textEnd);
      if (lt < 0) break;
      const next = bytes[lt + 1];
      if (next === 0x21 || next === 0x3f) {
        pos = skipNonElement(bytes, lt, lt === start);
        continue;
      }
      if (next === 0x2f) {
        let nameEnd = lt + 2;
        while (nameEnd < bytes.length && !endsName(bytes[nameEnd]!)) nameEnd++;
        const end = tagEnd(bytes, nameEnd);
        if (end < 0) throw new Error('a tag that never ends');
        checkClosingTagEnd(bytes, nameEnd, end);
        this.close(lt + 2, nameEnd);
        pos = end + 1;
        continue;
      }
      let nameEnd = lt + 1;
      while (nameEnd < bytes.length && !endsName(bytes[nameEnd]!)) nameEnd++;
      checkName(bytes, lt + 1, nameEnd);
      const end = tagEnd(bytes, nameEnd);
      if (end < 0) throw new Error('a tag that never ends');
      if (this.depth === 0) {
        if (rootSeen) throw new Error('a second root element');
        rootSeen = true;
        if (nameOf(bytes, lt + 1, nameEnd) !== Name.Worksheet) throw new Error('a sheet whose root is not <worksheet>');
      }
      const selfClosing = bytes[end - 1] === 0x2f;
      this.open(lt + 1, nameEnd, selfClosing ? end - 1 : end);
      if (selfClosing) this.close(lt + 1, nameEnd);
      pos = end + 1;
    }
    if (this.depth !== 0 || !rootSeen) throw new Error('the sheet ends inside an element');
    return this.result();
  }

  private open(nameStart: number, nameEnd: number, attributesEnd: number): void {
    this.push(nameStart, nameEnd);
    const name = nameOf(this.bytes, nameStart, nameEnd);
    const depth = this.depth;
    if (this.inCell) {
      this.openInCell(name, nameEnd, attributesEnd);
    } else if (name === Name.C && depth === 4 && this.row) {
      this.openCell(nameEnd, attributesEnd);
    } else if (name === Name.Row && depth === 3 && this.parentIs(Name.SheetData)) {
      this.openRow(nameEnd, attributesEnd);
    } else if (name === Name.Col && depth === 3 && this.parentIs(Name.Cols)) {
      this.readColumn(nameEnd, attributesEnd);
    }
  }

  private close(nameStart: number, nameEnd: number): void {
    const bytes = this.bytes;
    if (this.depth === 0) throw new Error('a closing tag without an open element');
    const k = (this.depth - 1) * 2;
    const openStart = this.stack[k]!;
    const length = this.stack[k + 1]!;
    if (nameEnd - nameStart !== length) throw new Error('a closing tag that does not match');
    for (let i = 0; i < length; i++) if (bytes[nameStart + i] !== bytes[openStart + i]) throw new Error('a closing tag that does not match');
    this.depth--;
    const name = nameOf(bytes, nameStart, nameEnd);
    if (this.inCell) {
      if (name === Name.C && this.depth === 3) this.finishCell();
      else this.closeInCell(name);
    } else if (name === Name.Row && this.depth === 2 && this.row) {
      this.finishRow();
    }
  }

  private push(nameStart: number, nameEnd: number): void {
    if ((this.depth + 1) * 2 > this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.depth * 2] = nameStart;
    this.stack[this.depth * 2 + 1] = nameEnd - nameStart;
    this.depth++;
  }

  private parentIs(name: Name): boolean {
    const k = (this.depth - 2) * 2;
    return nameOf(this.bytes, this.stack[k]!, this.stack[k]! + this.stack[k + 1]!) === name;
  }

  private text(start: number, end: number): void {
    if (this.depth === 0) {
      for (let i = start; i < end; i++) if (!isSpace(this.bytes[i]!)) throw new Error('text outside the root element');
      return;
    }
    if (!this.inCell || this.into === Into.Nothing) return;
    const text = xmlText(this.bytes, start, end);
    switch (this.into) {
      case Into.Formula:
        this.formula = this.formula === undefined ? text : this.formula + text;
        break;
      case Into.Value:
        // Text after rich runs is lost in exceljs (it lands on the runs array).
        if (typeof this.value !== 'object') this.value = this.value === undefined ? text : this.value + text;
        break;
      case Into.RunText:
        this.runTexts!.push(text);
        break;
    }
  }

  private readColumn(nameEnd: number, attributesEnd: number): void {
    const bytes = this.bytes;
    const a = this.attributes;
    a.read(bytes, nameEnd, attributesEnd);
    const min = parseInt(a.get(bytes, 'min') || '0', 10);
    const max = Math.min(parseInt(a.get(bytes, 'max') || '0', 10), 16_384);
    const hidden = isTrue(a.get(bytes, 'hidden'));
    const styleId = parseInt(a.get(bytes, 'style') ?? '', 10);
    let style: CellStyle | null = null;
    if (styleId) {
      if (!this.ctx.styles.present) throw new Error('a column style without styles');
      style = this.ctx.styles.get(styleId);
    }
    this.columnDefinitions.push({ min, max, hidden, style });
  }

  private readonly columnDefinitions: Array<{ min: number; max: number; hidden: boolean; style: CellStyle | null }> = [];

  /** Columns as exceljs lays them out: sorted by `min`, an earlier range winning an overlap. */
  private layOutColumns(): void {
    const definitions = [...this.columnDefinitions].sort((a, b) => a.min - b.min);
    let count = 1;
    for (const definition of definitions) {
      while (count < definition.min) count++;
      while (count <= definition.max) {
        this.columnHidden[count - 1] = definition.hidden;
        this.columnStyles[count - 1] = definition.style;
        if (definition.style?.hasFill || definition.style?.hasFont) this.columnsHaveFill = true;
        count++;
      }
    }
  }

  private openRow(nameEnd: number, attributesEnd: number): void {
    if (this.columnDefinitions.length > 0 && this.columnStyles.length === 0) this.layOutColumns();
    const bytes = this.bytes;
    const a = this.attributes;
    a.read(bytes, nameEnd, attributesEnd);
    const number = parseInt(a.get(bytes, 'r') ?? '', 10);
    if (Number.isNaN(number)) throw new Error('a row without a number');
    if (number > this.ctx.limits.maxRows) throw this.ctx.tooLarge(`Sheet "${this.sheetName}" has more than ${this.ctx.limits.maxRows.toLocaleString('en-GB')} rows.`);
    const styleText = a.get(bytes, 's');
    let style: CellStyle | null = null;
    if (styleText) {
      const id = parseInt(styleText, 10);
      if (id) {
        if (!this.ctx.styles.present) throw new Error('a row style without styles');
        style = this.ctx.styles.get(id);
      }
    }
    this.row = { index: number - 1, style, hidden: isTrue(a.get(bytes, 'hidden')), cells: [], width: 0 };
    this.rowStamp++;
    this.previousColumn = 0;
  }

  private openCell(nameEnd: number, attributesEnd: number): void {
    const bytes = this.bytes;
    const a = this.attributes;
    a.read(bytes, nameEnd, attributesEnd);
    this.inCell = true;
    this.refStart = -1;
    this.cellKind = Kind.Number;
    this.cellStyleId = 0;
    for (let i = 0; i < a.count; i++) {
      const nameStart = a.nameStart(i);
      if (a.nameEnd(i) - nameStart !== 1) continue;
      const letter = bytes[nameStart];
      if (letter === 0x72) [this.refStart, this.refEnd] = [a.valueStart(i), a.valueEnd(i)];
      else if (letter === 0x73) this.cellStyleId = styleIndex(bytes, a.valueStart(i), a.valueEnd(i), () => a.value(bytes, i)!);
      else if (letter === 0x74) this.cellKind = kindOf(bytes, a.valueStart(i), a.valueEnd(i));
    }
    this.value = undefined;
    this.valueFromT = false;
    this.formula = undefined;
    this.shareType = undefined;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.into = Into.Nothing;
    this.run = undefined;
    this.runTexts = undefined;
    this.inRunFont = false;
  }

  private openInCell(name: Name, nameEnd: number, attributesEnd: number): void {
    if (this.run) {
      // Inside a rich run: its <t> is the run's text; its <rPr> (font) is not read.
      if (this.inRunFont) return;
      if (name === Name.T) [this.runTexts, this.into] = [[], Into.RunText];
      else if (name === Name.RPr) this.inRunFont = true;
      return;
    }
    switch (name) {
      case Name.F: {
        const bytes = this.bytes;
        const a = this.attributes;
        a.read(bytes, nameEnd, attributesEnd);
        this.shareType = a.get(bytes, 't');
        this.sharedIndex = a.get(bytes, 'si');
        this.sharedRef = a.get(bytes, 'ref');
        this.into = Into.Formula;
        break;
      }
      case Name.V:
        this.into = Into.Value;
        break;
      case Name.T:
        this.into = Into.Value;
        this.valueFromT = true;
        break;
      case Name.R:
        this.run = {};
        this.into = Into.Nothing;
        break;
      default:
        break;
    }
  }

  private closeInCell(name: Name): void {
    if (this.run) {
      if (this.inRunFont) {
        if (name === Name.RPr) this.inRunFont = false;
      } else if (name === Name.T) {
        if (!this.runTexts) throw new Error('</t> without <t>');
        this.run.text = decodeStringEscapes(this.runTexts.join(''));
        [this.runTexts, this.into] = [undefined, Into.Nothing];
      } else if (name === Name.R) {
        if (typeof this.value === 'string') throw new Error('a rich run after plain text in a cell');
        this.value ??= { richText: [] };
        this.value.richText.push(this.run);
        this.run = undefined;
      }
      return;
    }
    if (name === Name.F || name === Name.V || name === Name.Is || name === Name.T) this.into = Into.Nothing;
  }

  /** The cell just closed, as exceljs's cell reader, reconcile and toGridCell would give it. */
  private finishCell(): void {
    this.inCell = false;
    const row = this.row!;
    const hasRef = this.refStart >= 0 && this.refEnd > this.refStart;
    const hyperlinked = this.refStart >= 0 && this.hyperlinks.size > 0 && this.hyperlinks.has(this.refText());
    const isFormula = Boolean(this.formula) || Boolean(this.shareType);
    const value = this.value;
    if (!isFormula && value === undefined && !this.cellStyleId && !hyperlinked) return; // a "merge" cell: exceljs keeps nothing
    let column: number;
    if (hasRef) {
      column = this.refColumn();
    } else {
      if (this.previousColumn === 0) throw new Error('a cell without an address');
      column = this.previousColumn + 1;
    }
    if (column > 16_384) throw new Error('a column beyond XFD');
    // exceljs's own address of the cell: the ref's letters and digits, or the column after the last cell's.
    const address = (): string => (hasRef ? decodeAddress(this.refText()).address : `${columnLetters(column)}${row.index + 1}`);
    this.previousColumn = column;
    const styles = this.ctx.styles;
    const style = this.cellStyleId ? styles.get(this.cellStyleId) : null;
    const numFmt = style?.numFmt;
    const date1904 = this.ctx.date1904;
    const out: GridCell = { text: '' };
    let formula: string | undefined;
    if (isFormula) {
      let result: LoadedValue;
      if (value) result = this.formulaResult(value);
      if (result !== undefined && style?.isDate) result = excelSerialToDate(result, date1904);
      let sharedMaster: { address: string; formula: string | undefined } | undefined;
      if (this.shareType === 'shared') {
        if (this.sharedRef) this.masters.set(this.sharedIndex ?? 'undefined', { address: address(), formula: this.formula });
        else sharedMaster = this.masters.get(this.sharedIndex ?? 'undefined');
      }
      if (hyperlinked) {
        describeValue(result, out, numFmt, date1904);
      } else {
        formula = this.formula || (sharedMaster?.formula === undefined ? undefined : slideFormula(sharedMaster.formula, sharedMaster.address, hasRef ? this.refText() : address()));
        if (this.formula || sharedMaster) describeResult(result, out, numFmt, date1904);
      }
    } else if (value !== undefined) {
      describeValue(this.loadedValue(value, style), out, numFmt, date1904);
      if (this.valueFromT && this.cellKind === Kind.InlineStr && typeof value === 'string' && out.text.includes('_x')) out.text = decodeCellText(out.text);
    }
    const cell = finishCell(out, style, formula);
    this.place(row, column - 1, cell, address);
  }

  /** The cell's `r` attribute, decoded. */
  private refText(): string {
    return xmlAttribute(this.bytes, this.refStart, this.refEnd);
  }

  /**
   * The column of the cell's `r`, read from the bytes as exceljs's decodeAddress reads the text
   * (upper-case letters before the digits); a ref without letters or digits is an error, as
   * exceljs's address check makes it.
   */
  private refColumn(): number {
    const bytes = this.bytes;
    let column = 0;
    let digits = false;
    for (let i = this.refStart; i < this.refEnd; i++) {
      const byte = bytes[i]!;
      if (byte === 0x26) {
        const decoded = decodeAddress(this.refText());
        if (decoded.col === 0 || !/\d$/.test(decoded.address)) throw new Error('an invalid cell address');
        return decoded.col;
      }
      if (!digits && byte >= 65 && byte <= 90) column = column * 26 + byte - 64;
      else if (byte >= 48 && byte <= 57) digits = true;
      else if (digits && column > 0 && byte !== 36) break;
    }
    if (column === 0 || !digits) throw new Error('an invalid cell address');
    return column;
  }

  private formulaResult(value: string | { richText: TextRun[] }): LoadedValue {
    switch (this.cellKind) {
      case Kind.Str:
        return xmlDecode(value as string);
      case Kind.Bool:
        return parseInt(value as string, 10) !== 0;
      case Kind.Error:
        return { error: value as string };
      default:
        return parseFloat(value as string);
    }
  }

  /** A plain cell's value after exceljs's reader and reconcile. */
  private loadedValue(value: string | { richText: TextRun[] }, style: CellStyle | null): LoadedValue {
    switch (this.cellKind) {
      case Kind.Shared: {
        const index = parseInt(value as string, 10);
        const strings = this.ctx.sharedStrings;
        if (!strings) return index;
        const shared = Object.hasOwn(strings, index) ? strings[index] : undefined;
        if (shared === undefined) throw new Error('a shared string index beyond the list');
        return shared;
      }
      case Kind.Str:
        return xmlDecode(value as string);
      case Kind.InlineStr:
        return value;
      case Kind.Bool:
        return parseInt(value as string, 10) !== 0;
      case Kind.Error:
        return { error: value as string };
      default: {
        const number = parseFloat(value as string);
        return style?.isDate ? excelSerialToDate(number, this.ctx.date1904) : number;
      }
    }
  }

  private place(row: RowState, column: number, cell: GridCell | null, address: () => string): void {
    if (cell && cell.text.length > this.ctx.limits.maxCellText) {
      const limit = this.ctx.limits.maxCellText.toLocaleString('en-GB');
      throw this.ctx.tooLarge(`Cell ${this.sheetName}!${address()} holds ${cell.text.length.toLocaleString('en-GB')} characters; the limit is ${limit}.`);
    }
    this.occupied[column] = this.rowStamp;
    if (cell) row.cells[column] = cell;
    else if (row.cells[column] !== undefined) row.cells[column] = null;
    if (column + 1 > row.width) row.width = column + 1;
  }

  /** The row just closed: gaps filled from the row's and columns' styles, covered cells emptied, kept if any cell shows text. */
  private finishRow(): void {
    const row = this.row!;
    this.row = undefined;
    if (row.index < 0) return; // row 0 or below: exceljs files it where it is never seen
    const fillGaps = row.style?.hasFill === true || row.style?.hasFont === true || this.columnsHaveFill;
    const covered = this.covered;
    const cells = row.cells;
    let lastText = -1;
    for (let c = 0; c < row.width; c++) {
      let cell = cells[c] ?? null;
      if (this.occupied[c] !== this.rowStamp) {
        cell = fillGaps ? emptyCell(row.style, this.columnStyles[c] ?? null) : null;
      }
      if (covered?.(row.index, c)) cell = cell?.fill === undefined ? null : { text: '', fill: cell.fill };
      if (cell) {
        cells[c] = cell;
        if (cell.text !== '') lastText = c;
      } else if (cells[c] !== undefined) {
        cells[c] = null;
      }
    }
    if (lastText < 0) {
      this.kept[row.index] = undefined;
      return;
    }
    // Sparse: trailing nulls are dropped, as exceljs's loop only assigned the cells it kept.
    let length = cells.length;
    while (length > 0 && !cells[length - 1]) length--;
    cells.length = length;
    this.kept[row.index] = { cells, lastText, hidden: row.hidden };
  }

  private result(): SheetCells {
    if (this.columnDefinitions.length > 0 && this.columnStyles.length === 0) this.layOutColumns();
    let lastRow = -1;
    let lastColumn = -1;
    const kept = this.kept;
    for (let r = 0; r < kept.length; r++) {
      const row = kept[r];
      if (!row) continue;
      lastRow = r;
      if (row.lastText > lastColumn) lastColumn = row.lastText;
    }
    if (lastColumn + 1 > this.ctx.limits.maxColumns) {
      throw this.ctx.tooLarge(`Sheet "${this.sheetName}" has more than ${this.ctx.limits.maxColumns.toLocaleString('en-GB')} columns.`);
    }
    const rows: Array<Array<GridCell | null>> = new Array<Array<GridCell | null>>(lastRow + 1);
    const hiddenRows: number[] = [];
    for (let r = 0; r <= lastRow; r++) {
      const row = kept[r];
      if (!row) {
        rows[r] = [];
        continue;
      }
      const width = Math.min(row.cells.length, lastColumn + 1);
      const cells = new Array<GridCell | null>(width);
      for (let c = 0; c < width; c++) cells[c] = row.cells[c] ?? null;
      rows[r] = cells;
      if (row.hidden) hiddenRows.push(r);
    }
    const hiddenColumns: number[] = [];
    for (let c = 0; c <= lastColumn; c++) if (this.columnHidden[c]) hiddenColumns.push(c);
    return { rows, hiddenRows, hiddenColumns };
  }
}

function nameOf(bytes: Buffer, start: number, end: number): Name {
  const first = bytes[start];
  switch (end - start) {
    case 1:
      return first === 0x63 ? Name.C : first === 0x76 ? Name.V : first === 0x66 ? Name.F : first === 0x74 ? Name.T : first === 0x72 ? Name.R : Name.Other;
    case 2:
      return first === 0x69 && bytes[start + 1] === 0x73 ? Name.Is : Name.Other;
    case 3:
      if (first === 0x72 && bytes[start + 1] === 0x6f && bytes[start + 2] === 0x77) return Name.Row;
      if (first === 0x63 && bytes[start + 1] === 0x6f && bytes[start + 2] === 0x6c) return Name.Col;
      if (first === 0x72 && bytes[start + 1] === 0x50 && bytes[start + 2] === 0x72) return Name.RPr;
      return Name.Other;
    case 4:
      return bytes.toString('latin1', start, end) === 'cols' ? Name.Cols : Name.Other;
    case 9: {
      const name = bytes.toString('latin1', start, end);
      return name === 'sheetData' ? Name.SheetData : name === 'worksheet' ? Name.Worksheet : Name.Other;
    }
    default:
      return Name.Other;
  }
}

function kindOf(bytes: Buffer, start: number, end: number): Kind {
  const first = bytes[start];
  switch (end - start) {
    case 1:
      return first === 0x73 ? Kind.Shared : first === 0x62 ? Kind.Bool : first === 0x65 ? Kind.Error : Kind.Number;
    case 3:
      return bytes.toString('latin1', start, end) === 'str' ? Kind.Str : Kind.Number;
    case 9:
      return bytes.toString('latin1', start, end) === 'inlineStr' ? Kind.InlineStr : Kind.Number;
    default:
      return Kind.Number;
  }
}

/** A cell's `s` as exceljs reads it (parseInt of a non-empty value; 0 when empty), digits read straight from the bytes. */
function styleIndex(bytes: Buffer, start: number, end: number, text: () => string): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x30 || byte > 0x39 || i - start > 8) return start === end ? 0 : parseInt(text(), 10);
    value = value * 10 + byte - 0x30;
  }
  return value;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

/** exceljs's `parseBoolean`: `1` or `true`. */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

const XML_DECODE: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };

/** exceljs decodes the text of `t="str"` cells a second time (so `&amp;lt;` in the file shows as `<`). */
function xmlDecode(text: string): string {
  return text.includes('&') ? text.replace(/&([a-z]*);/g, (entity) => XML_DECODE[entity] ?? entity) : text;
}
