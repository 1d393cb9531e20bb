import { cellAddress } from '../grid/grid';
import type { GridSheet } from '../grid/grid';
import type { PlanIssue } from '../model/issue';
import { parseLeadingRef } from './leadingRef';
import type { ColumnMapping } from './mapColumns';
import type { ClassifiedRow } from './rowKinds';
import { withoutTags } from './withoutTags';

/** The shape of a ref: `3.2.1` and `3.1.4` share `n.n.n`; `A5.1` is `An.n`. */
function refShape(ref: string): string {
  return ref.replace(/\.$/, '').replace(/\d+/g, 'n');
}

/**
 * Notes on blocks of data rows that follow a heading with no header row of their own (seed 001's
 * areas 3.2 and 3.3 under area 3.1's header): they are read with the columns of the header above.
 * An info issue where their refs have the shape of the refs above (`3.2.1` after `3.1.4`), so the
 * reading is safe; a warning where they do not, for the officer to check.
 *
 * @example
 * headerlessBlocks(sheet, 2, columns, rows); // [{ code: 'rows-without-header', severity: 'info', cell: 'A8', … }]
 */
export function headerlessBlocks(sheet: GridSheet, headerRow: number, columns: readonly ColumnMapping[], rows: readonly ClassifiedRow[]): PlanIssue[] {
  const item = columns.find((column) => column.field === 'milestone') ?? columns.find((column) => column.field === 'action');
  if (!item) return [];
  const refAt = (row: number): string | undefined => parseLeadingRef(withoutTags(sheet.rows[row]?.[item.index]?.text ?? '').trim())?.ref;
  const headers = columns.map((column) => column.header.trim()).filter(Boolean).join(', ');
  const issues: PlanIssue[] = [];
  let header = headerRow;
  // The ref of the last numbered data row, read only when a heading or a headerless block asks for
  // it: most data rows are never read here. `rows[resolved]` up to `at` are the rows not yet read.
  let lastRef: string | undefined;
  let resolved = 0;
  const refBefore = (at: number): string | undefined => {
    for (let back = at - 1; back >= resolved; back--) {
      const earlier = rows[back];
      const ref = earlier?.kind === 'data' ? refAt(earlier.row) : undefined;
      if (ref !== undefined) {
        lastRef = ref;
        break;
      }
    }
    resolved = at;
    return lastRef;
  };
  let afterHeading = false;
  // Only where headings come with a header row of their own (001's areas), is one without it a gap;
  // sections inside a table (002's key judgement areas, 004's LOOKED AFTER CHILDREN) are not.
  let headingThenHeader = false;
  let lastKind: ClassifiedRow['kind'] | undefined;
  for (let at = 0; at < rows.length; at++) {
    const { row, kind } = rows[at] ?? { row: 0, kind: 'blank' };
    if (kind === 'blank' || kind === 'page-marker') continue;
    if ((kind === 'header' || kind === 'repeated-header') && lastKind === 'section') headingThenHeader = true;
    lastKind = kind;
    if (kind === 'header' || kind === 'repeated-header') {
      header = row;
      afterHeading = false;
    } else if (kind === 'section' && headingThenHeader && refBefore(at) !== undefined) afterHeading = true;
    else if (kind === 'data' && afterHeading) {
      const above = refBefore(at);
      const ref = refAt(row);
      const same = ref !== undefined && above !== undefined && refShape(ref) === refShape(above);
      issues.push({
        code: 'rows-without-header',
        severity: same ? 'info' : 'warning',
        message: `Rows from ${row + 1} have no header row of their own; they were read with the columns of the header on row ${header + 1} (${headers})${same ? ', as their refs follow the table above' : ': check that their columns are the same'}.`,
        path: [],
        sheet: sheet.name,
        cell: cellAddress(row, item.index),
      });
      afterHeading = false;
    }
  }
  return issues;
}
