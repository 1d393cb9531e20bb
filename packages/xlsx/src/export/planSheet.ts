import type { Workbook } from 'exceljs';
import type { Action } from '@actionplan/core';
import { DAY_FORMAT, writeCell } from '../canonical/cellOut';
import type { ColumnCodec } from '../canonical/columnCodec';
import type { PlanContext } from '../canonical/planColumns';
import { encodeCellText } from '../cellText';
import { excelDateOfIsoDay } from '../dateCell';
import { columnBelowHeader, freezeHeader, layOutForReading } from './sheetStyle';

// Validations and conditional fills reach this many rows below the plan: room to add rows (and an
// Excel table extends them to rows added to it). Not the whole column: exceljs, and so any tool built
// on it, expands a validation range into one object per cell as it loads.
const VALIDATION_HEADROOM = 5000;

/** The hidden sheet holding the lists the Plan sheet's drop-downs offer. */
export const LISTS_SHEET = 'Lists';

/**
 * The Plan sheet: an Excel table, one row per action, milestone and sub-action, with a frozen
 * header and a hidden Id column; one list validation over the RAG column's range and one over the
 * Status column's (lists on the hidden Lists sheet, so no 255-character cap and no per-cell ranges
 * Excel would "repair"); conditional fills on the RAG column that colour the cell while its word
 * stays visible; a date validation (a warning, as text dates are allowed) on Start and Due.
 *
 * @example
 * writePlanSheet(workbook, columns, ctx, ['Not started', 'In progress', 'Complete', 'Blocked']);
 */
export function writePlanSheet(workbook: Workbook, columns: Array<ColumnCodec<Action, PlanContext>>, ctx: PlanContext, statusWords: string[]): void {
  const sheet = workbook.addWorksheet('Plan');
  const rows = ctx.plan.actions.map((action) =>
    columns.map((column) => {
      const out = column.render(action, ctx);
      if ('day' in out) return excelDateOfIsoDay(out.day);
      return out.text === '' ? null : encodeCellText(out.text);
    }),
  );
  sheet.addTable({
    name: 'PlanTable',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: columns.map((column) => ({ name: encodeCellText(column.header), filterButton: true })),
    // A table needs a data row: an empty plan gets one blank row to type into.
    rows: rows.length > 0 ? rows : [columns.map(() => null)],
  });
  columns.forEach((column, c) => {
    const sheetColumn = sheet.getColumn(c + 1);
    sheetColumn.width = column.width;
    if (column.hidden) sheetColumn.hidden = true;
  });
  // The table wrote the values; dates need their format, long text its wrapping.
  ctx.plan.actions.forEach((_, r) => {
    rows[r]!.forEach((value, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      if (value instanceof Date) cell.numFmt = DAY_FORMAT;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  freezeHeader(sheet);
  layOutForReading(sheet);

  const labels = ctx.key.levels.map((level) => level.label);
  const lastRow = ctx.plan.actions.length + 1 + VALIDATION_HEADROOM;

  const index = (key: string): number => columns.findIndex((column) => column.key === key);
  const validations = (sheet as unknown as { dataValidations: { add: (range: string, rule: object) => void } }).dataValidations;
  const rag = index('rag');
  validations.add(columnBelowHeader(rag, lastRow), {
    type: 'list',
    allowBlank: true,
    formulae: [`${LISTS_SHEET}!$A$1:$A$${Math.max(1, labels.length)}`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'RAG rating',
    error: `Choose one of: ${labels.join(', ')}.`.slice(0, 225),
  });
  validations.add(columnBelowHeader(index('status'), lastRow), {
    type: 'list',
    allowBlank: true,
    formulae: [`${LISTS_SHEET}!$B$1:$B$${statusWords.length}`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Status',
    error: `Choose one of: ${statusWords.join(', ')}.`,
  });
  validations.add(columnBelowHeader(index('start'), lastRow, index('due')), {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Date',
    error: 'Enter a date such as 31/05/2011. Words such as "Feb-17" are kept, but a date lets the plan work out what is overdue.',
  });
  sheet.addConditionalFormatting({
    ref: columnBelowHeader(rag, lastRow),
    rules: ctx.key.levels.map((level, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${level.label.replace(/"/g, '""')}"`],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${level.colour}` } },
        font: { color: { argb: isDark(level.colour) ? 'FFFFFFFF' : 'FF000000' }, bold: true },
      },
    })),
  });
}

/**
 * The hidden Lists sheet the Plan sheet's drop-downs read: RAG labels in column A, status words in B.
 *
 * @example
 * writeListsSheet(workbook, ['Red', 'Amber', 'Green'], ['Not started', 'In progress', 'Complete', 'Blocked']);
 */
export function writeListsSheet(workbook: Workbook, ragLabels: string[], statusWords: string[]): void {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  ragLabels.forEach((label, i) => writeCell(lists.getCell(i + 1, 1), { text: label }));
  statusWords.forEach((word, i) => writeCell(lists.getCell(i + 1, 2), { text: word }));
}

/** Whether white text reads better than black on a colour (WCAG relative luminance). */
function isDark(rgb: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(rgb.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
