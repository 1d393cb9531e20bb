import type { Action } from '@actionplan/core';
import type { DataSheetWriter } from '../canonical/dataSheet';
import type { PlanContext } from '../canonical/planColumns';
import type { SyncedTable } from '../canonical/syncedTable';
import { encodeCellText } from '../cellText';
import { excelDateOfIsoDay, excelSerialOfDate } from '../dateCell';
import type { RagKey } from './ragKey';
import { columnBelowHeader, writeSyncedRows } from './sheetStyle';
import { columnLetters } from './write/columnLetters';
import { SheetWriter, type SheetHost } from './write/sheetWriter';
import type { ConditionalFill } from './write/stylesXml';
import { escapeAttribute, escapeXml } from './write/xmlEscape';

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
 * stays visible (differential formats in the order of `ctx.key.levels`, see {@link ragConditionalFills});
 * a date validation (a warning, as text dates are allowed) on Start and Due. Each action's
 * text-free copy goes to the data sheet.
 *
 * @example
 * await writePlanSheet(book, planTable(columns, names), ctx, ['Not started', 'In progress', 'Complete', 'Blocked'], data);
 */
export async function writePlanSheet(book: SheetHost, table: SyncedTable<Action, PlanContext>, ctx: PlanContext, statusWords: string[], data: DataSheetWriter): Promise<SheetWriter> {
  const { columns } = table;
  const sheet = new SheetWriter('Plan', book, { columns, frozenHeader: true, forReading: true });
  const headers = columns.map((column) => column.header);
  headers.forEach((header, c) => sheet.text(1, c + 1, header));
  await writeSyncedRows(sheet, ctx.plan.actions, table, ctx, data);
  // A table needs a data row: an empty plan gets one blank row to type into.
  const lastTableRow = Math.max(2, ctx.plan.actions.length + 1);
  sheet.table = { name: 'PlanTable', ref: `A1:${columnLetters(columns.length)}${lastTableRow}`, columns: headers.map(encodeCellText), style: 'TableStyleLight9' };

  const labels = ctx.key.levels.map((level) => level.label);
  const lastRow = ctx.plan.actions.length + 1 + VALIDATION_HEADROOM;
  const index = (key: string): number => columns.findIndex((column) => column.key === key);
  const rag = columnBelowHeader(index('rag'), lastRow);
  sheet.dataValidations =
    '<dataValidations count="3">' +
    validation({ type: 'date', operator: 'between', sqref: columnBelowHeader(index('start'), lastRow, index('due')), title: 'Date', formulae: [dateSerial(1990, 1, 1), dateSerial(2100, 12, 31)], error: 'Enter a date such as 31/05/2011. Words such as "Feb-17" are kept, but a date lets the plan work out what is overdue.' }) +
    validation({ type: 'list', sqref: columnBelowHeader(index('status'), lastRow), title: 'Status', formulae: [`${LISTS_SHEET}!$B$1:$B$${statusWords.length}`], error: `Choose one of: ${statusWords.join(', ')}.` }) +
    validation({ type: 'list', sqref: rag, title: 'RAG rating', formulae: [`${LISTS_SHEET}!$A$1:$A$${Math.max(1, labels.length)}`], error: `Choose one of: ${labels.join(', ')}.`.slice(0, 225) }) +
    '</dataValidations>';
  const rules = labels.map((label, i) => `<cfRule type="cellIs" dxfId="${i}" priority="${i + 1}" operator="equal"><formula>${escapeXml(`"${label.replace(/"/g, '""')}"`)}</formula></cfRule>`);
  sheet.conditionalFormatting = `<conditionalFormatting sqref="${rag}">${rules.join('')}</conditionalFormatting>`;
  return sheet;
}

/**
 * The differential formats of the RAG column's conditional fills, one per level of the key in its
 * order: the level's colour, with white or black bold text, whichever reads better on it.
 *
 * @example
 * ragConditionalFills(key)[0]; // { fill: 'FF0000', font: '000000' }
 */
export function ragConditionalFills(key: RagKey): ConditionalFill[] {
  return key.levels.map((level) => ({ fill: level.colour, font: isDark(level.colour) ? 'FFFFFF' : '000000' }));
}

/**
 * The hidden Lists sheet the Plan sheet's drop-downs read: RAG labels in column A, status words in B.
 *
 * @example
 * writeListsSheet(book, ['Red', 'Amber', 'Green'], ['Not started', 'In progress', 'Complete', 'Blocked']);
 */
export function writeListsSheet(book: SheetHost, ragLabels: string[], statusWords: string[]): SheetWriter {
  const lists = new SheetWriter(LISTS_SHEET, book, { state: 'hidden' });
  for (let i = 0; i < Math.max(ragLabels.length, statusWords.length); i++) {
    lists.text(i + 1, 1, ragLabels[i] ?? '');
    lists.text(i + 1, 2, statusWords[i] ?? '');
  }
  return lists;
}

interface ValidationRule {
  type: 'list' | 'date';
  operator?: string;
  sqref: string;
  title: string;
  formulae: Array<string | number>;
  error: string;
}

// Every validation of the Plan sheet allows blanks and only warns: text dates and words outside the lists are kept.
function validation(rule: ValidationRule): string {
  const operator = rule.operator ? ` operator="${rule.operator}"` : '';
  const formulae = rule.formulae.map((formula, i) => `<formula${i + 1}>${escapeXml(String(formula))}</formula${i + 1}>`).join('');
  return (
    `<dataValidation type="${rule.type}"${operator} allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="${escapeAttribute(rule.title)}" ` +
    `error="${escapeAttribute(rule.error)}" sqref="${rule.sqref}">${formulae}</dataValidation>`
  );
}

function dateSerial(year: number, month: number, day: number): number {
  return excelSerialOfDate(excelDateOfIsoDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
}

/** Whether white text reads better than black on a colour (WCAG relative luminance). */
function isDark(rgb: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(rgb.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
