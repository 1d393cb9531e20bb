import { TITLE_FIELDS } from './fields';
import { SURE_CONFIDENCE, mapColumns, sureNaming } from './mapColumns';
import type { ColumnMapping } from './mapColumns';
import { isFilled } from './sheetText';

/** Header cells are short labels; a row holding a paragraph is data, whatever words it uses. */
export const LONGEST_HEADER = 120;

/**
 * The column mapping of a row if the row reads as a table header: at least three fields named
 * with confidence, or two when one names the plan item (`Areas for improvement | Timescale`)
 * and nothing else is on the row.
 *
 * @example
 * headerMapping(['Action', 'Milestone', 'Start Date', 'Due Date'])?.map((c) => c.field); // ['action', 'milestone', 'start', 'due']
 * headerMapping(['1.3', 'Review and revise layout of Child Protection plans', 'Jan-17']); // undefined
 */
export function headerMapping(texts: readonly string[]): ColumnMapping[] | undefined {
  // Every row of a sheet comes here: counted in plain loops, no array per row.
  let filled = 0;
  for (let column = 0; column < texts.length; column++) {
    const text = texts[column] ?? '';
    if (!isFilled(text)) continue;
    if (text.length > LONGEST_HEADER) return undefined;
    filled++;
  }
  if (filled < 2) return undefined;
  // A column is sure of at most one field, one its own text names surely: most data rows name none.
  let sureTexts = 0;
  let namesTitle = false;
  for (let column = 0; column < texts.length; column++) {
    const text = texts[column] ?? '';
    if (!isFilled(text)) continue;
    const naming = sureNaming(text);
    if (naming > 0) sureTexts++;
    if (naming === 3) namesTitle = true;
  }
  if (sureTexts < 2 || !namesTitle) return undefined;
  const columns = mapColumns(texts);
  const sure = columns.filter((column) => column.field !== 'extra' && column.confidence >= SURE_CONFIDENCE);
  const namesItem = sure.some((column) => column.field !== 'extra' && TITLE_FIELDS.has(column.field));
  if (!namesItem) return undefined;
  if (sure.length >= 3 || (sure.length === 2 && filled === 2)) return columns;
  return undefined;
}

/**
 * Whether two header rows head the same table: they name the same fields in the same columns,
 * allowing a wording change (`End date` / `End:`).
 *
 * @example
 * sameLayout(mapColumns(['Ref:', 'Action:', 'End date']), mapColumns(['Ref:', 'Action:', 'End:'])); // true
 */
export function sameLayout(a: readonly ColumnMapping[], b: readonly ColumnMapping[]): boolean {
  // Counted in place, with no key strings: every header repeated at a page break comes here.
  let left = 0;
  for (let at = 0; at < a.length; at++) if (a[at]?.field !== 'extra' && indexOfMapped(a, a[at]) === at) left++;
  let right = 0;
  let shared = 0;
  for (const column of b) {
    if (column.field === 'extra') continue;
    right++;
    if (indexOfMapped(a, column) >= 0) shared++;
  }
  return shared >= Math.max(2, Math.ceil(Math.max(left, right) * 0.75));
}

/** Where the columns map the same column index to the same field as `column` first, or -1. */
function indexOfMapped(columns: readonly ColumnMapping[], column: ColumnMapping | undefined): number {
  return columns.findIndex((each) => each.index === column?.index && each.field === column.field);
}

/**
 * Whether two header rows map every column to the same field. A header repeated with a column
 * renamed to another field (seed 001's `Targets and outcomes` → `Progress and outcomes`) heads
 * the rows below it with its own mapping.
 *
 * @example
 * sameFields(mapColumns(['Action', 'Lead', 'Targets and outcomes']), mapColumns(['Action', 'Lead', 'Progress and outcomes'])); // false
 */
export function sameFields(a: readonly ColumnMapping[], b: readonly ColumnMapping[]): boolean {
  const width = Math.max(a.length, b.length);
  for (let index = 0; index < width; index++) {
    if ((a[index]?.field ?? 'extra') !== (b[index]?.field ?? 'extra')) return false;
  }
  return true;
}
