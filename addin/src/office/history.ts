import { queueTextSafeValues } from './safeText';
import type { HostContext, HostWorksheet } from './hostTypes';

/** One change made through the add-in, as kept on the hidden history sheet. */
export interface HistoryEntry {
  /** ISO timestamp. */
  when: string;
  /** Who made it, where Office says; empty otherwise. */
  who: string;
  sheet: string;
  ref: string;
  field: 'RAG' | 'Status';
  old: string;
  new: string;
  reason: string;
}

export const HISTORY_SHEET = 'ActionPlan history';
export const HISTORY_HEADER = ['When', 'Who', 'Sheet', 'Ref', 'Field', 'Old', 'New', 'Reason'] as const;

/** Where the next history rows go, found with one sync (the sheet is created, hidden, when missing). */
export interface HistoryCursor {
  worksheet: HostWorksheet;
  nextRow: number;
}

/**
 * Finds the history sheet and its first free row, creating it hidden with a header when missing.
 * Queues the creation; the caller's next sync commits it along with the rows it appends.
 *
 * @example
 * const cursor = await openHistory(context);
 * queueHistoryRows(cursor, entries);
 * await context.sync();
 */
export async function openHistory(context: HostContext): Promise<HistoryCursor> {
  const existing = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  await context.sync();
  if (!existing.isNullObject) {
    const used = existing.getUsedRangeOrNullObject(true).load(['rowIndex', 'rowCount']);
    await context.sync();
    return { worksheet: existing, nextRow: used.isNullObject ? 0 : used.rowIndex + used.rowCount };
  }
  const worksheet = context.workbook.worksheets.add(HISTORY_SHEET);
  worksheet.visibility = 'Hidden';
  worksheet.getRangeByIndexes(0, 0, 1, HISTORY_HEADER.length).values = [[...HISTORY_HEADER]];
  return { worksheet, nextRow: 1 };
}

/**
 * Queues history rows after the cursor as text (old and new values came from cells and may start
 * with `=`), and moves the cursor on.
 *
 * @example
 * queueHistoryRows(cursor, [{ when: '2017-04-30T10:00:00Z', who: '', sheet: 'Plan', ref: '1.1', field: 'RAG', old: 'Amber', new: 'Red', reason: 'Red: due Feb 2017 …' }]);
 */
export function queueHistoryRows(cursor: HistoryCursor, entries: HistoryEntry[]): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => [e.when, e.who, e.sheet, e.ref, e.field, e.old, e.new, e.reason]);
  queueTextSafeValues(cursor.worksheet.getRangeByIndexes(cursor.nextRow, 0, rows.length, HISTORY_HEADER.length), rows);
  cursor.nextRow += rows.length;
}

/**
 * Reads every history entry, oldest first (an empty list when there is no history sheet).
 *
 * @example
 * const entries = await host.run(readHistory);
 */
export async function readHistory(context: HostContext): Promise<HistoryEntry[]> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  await context.sync();
  if (sheet.isNullObject) return [];
  const used = sheet.getUsedRangeOrNullObject(true).load(['values']);
  await context.sync();
  if (used.isNullObject) return [];
  return used.values.slice(1).map((row) => {
    const [when, who, sheetName, ref, field, old, next, reason] = row.map(String);
    return {
      when: when ?? '',
      who: who ?? '',
      sheet: sheetName ?? '',
      ref: ref ?? '',
      field: field === 'Status' ? 'Status' : 'RAG',
      old: old ?? '',
      new: next ?? '',
      reason: reason ?? '',
    };
  });
}
