import type { DetectedTable } from '../detect/detectTables';
import { isFilled } from '../detect/sheetText';
import type { GridSheet } from '../grid/grid';
import type { PartialDate } from '../model/partialDate';
import { readDateSpan } from './readDateCell';
import { stripHtml } from './stripHtml';

/** Enough dated cells to know the plan's years; more would only cost time on a long sheet. */
const ENOUGH_DATES = 1000;

/**
 * The middle (median) of the dates the plan tables' start and due cells give with their year
 * (`Feb - May 2009`, `27.9.12`): when the plan's work happens, the context in which a date without a
 * year is read (001's `Feb- April` → February to April 2009, though one action started in `Sep 08`).
 * Null when no date cell names its year.
 *
 * @example
 * typicalPlanDate(tables, grid.sheets); // '2009-03'
 */
export function typicalPlanDate(tables: readonly DetectedTable[], sheets: readonly GridSheet[]): PartialDate | null {
  const dates: PartialDate[] = [];
  for (const table of tables) {
    const sheet = sheets.find((each) => each.name === table.sheet);
    const columns = table.columns.filter((column) => column.field === 'start' || column.field === 'due').map((column) => column.index);
    if (!sheet || columns.length === 0) continue;
    for (const { row, kind } of table.rows) {
      if (kind !== 'data') continue;
      for (const column of columns) {
        const cell = sheet.rows[row]?.[column];
        if (!cell || (!isFilled(cell.text) && cell.date === undefined)) continue;
        const span = readDateSpan(cell, stripHtml(cell.text));
        const date = span.start ?? span.end;
        if (date === null || span.issues.some((issue) => issue.code === 'year-inferred' || issue.code === 'year-missing')) continue;
        dates.push(date);
        if (dates.length >= ENOUGH_DATES) return median(dates);
      }
    }
  }
  return median(dates);
}

function median(dates: PartialDate[]): PartialDate | null {
  return dates.sort()[Math.floor(dates.length / 2)] ?? null;
}
