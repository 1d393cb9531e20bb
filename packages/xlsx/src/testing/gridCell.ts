import type { GridCell } from '@actionplan/core';
import type { Cell, CellValue } from 'exceljs';
import { resolveColour, type ColourContext, type ExcelColour } from '../colours';
import { excelSerialOfDate, formatDayAs, isoDayOfExcelDate } from '../dateCell';

/** What a cell conversion needs to know about its workbook. */
export interface CellContext {
  colours: ColourContext;
  date1904: boolean;
}

/**
 * An exceljs cell as a core {@link GridCell}, or null when it holds nothing worth keeping (no value
 * and no solid fill). Rich text is flattened with its line breaks; a date cell gives its calendar
 * day; a formula keeps its text and cached result and is never evaluated.
 *
 * @example
 * toGridCell(sheet.getCell('D7'), ctx); // { text: 'Jan-17', number: 42736, date: '2017-01-01', numFmt: 'mmm-yy' }
 */
export function toGridCell(cell: Cell, ctx: CellContext): GridCell | null {
  const out: GridCell = { text: '' };
  describeValue(cell.value, out, cell.numFmt, ctx);
  if (cell.formula) out.formula = cell.formula;
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== 'General' && out.number !== undefined) out.numFmt = numFmt;
  const fill = solidFill(cell, ctx.colours);
  if (fill) out.fill = fill;
  const font = cell.font as { bold?: boolean; color?: ExcelColour } | undefined;
  if (font?.bold) out.bold = true;
  const color = resolveColour(font?.color, ctx.colours);
  // Black is what "automatic" (and the default font's theme text colour) looks like.
  if (color && color !== '000000') out.color = color;
  if (out.text === '' && out.fill === undefined && out.formula === undefined) return null;
  return out;
}

function describeValue(value: CellValue, out: GridCell, numFmt: string | undefined, ctx: CellContext): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    out.text = value;
  } else if (typeof value === 'number') {
    out.text = String(value);
    out.number = value;
  } else if (typeof value === 'boolean') {
    out.text = value ? 'TRUE' : 'FALSE';
  } else if (value instanceof Date) {
    const day = isoDayOfExcelDate(value);
    out.date = day;
    out.number = excelSerialOfDate(value, ctx.date1904);
    out.text = formatDayAs(day, numFmt);
  } else if ('richText' in value) {
    out.text = value.richText.map((run) => run.text).join('');
    out.rich = true;
  } else if ('error' in value) {
    out.text = value.error;
    out.error = value.error;
  } else if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result !== undefined && result !== null && typeof result === 'object' && 'error' in result) {
      out.text = String((result as { error: unknown }).error);
      out.error = out.text;
    } else {
      describeValue(result as CellValue, out, numFmt, ctx);
    }
  } else if ('text' in value) {
    // A hyperlink: keep the words; the address is not plan data.
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') out.text = text;
    else describeValue(text as CellValue, out, numFmt, ctx);
  }
}

function solidFill(cell: Cell, colours: ColourContext): string | undefined {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: ExcelColour } | undefined;
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return resolveColour(fill.fgColor, colours);
}
