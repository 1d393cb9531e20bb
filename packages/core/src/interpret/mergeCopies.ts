import type { GridCell, GridSheet } from '../grid/grid';

/** A covered cell that repeats its merge's top-left value: what a reader reports, not what the file holds. */
function isCopyOf(cell: GridCell | null | undefined, master: GridCell | null | undefined): cell is GridCell {
  return cell != null && cell.text !== '' && cell.text === (master?.text ?? '');
}

/**
 * The sheet with the cells a merge covers emptied where a reader repeated the merge's value in
 * them (exceljs gives every covered cell the top-left value). Excel stores nothing there, so they
 * are not source cells: a banner merged across six columns is one cell, not six. Fills stay.
 * Only rows touched by a merge are copied.
 *
 * @example
 * const sheet = { name: 'Plan', rows: [[{ text: 'SAFEGUARDING' }, { text: 'SAFEGUARDING' }]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] };
 * withoutMergeCopies(sheet).rows[0]; // [{ text: 'SAFEGUARDING' }, null]
 */
export function withoutMergeCopies(sheet: GridSheet): GridSheet {
  if (sheet.merges.length === 0) return sheet;
  const rows = sheet.rows.slice();
  const copied = new Set<number>();
  for (const merge of sheet.merges) {
    const master = sheet.rows[merge.top]?.[merge.left];
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row === merge.top && column === merge.left) continue;
        const cell = rows[row]?.[column];
        if (!isCopyOf(cell, master)) continue;
        if (!copied.has(row)) {
          rows[row] = (rows[row] ?? []).slice();
          copied.add(row);
        }
        (rows[row] ?? [])[column] = cell.fill === undefined ? null : { text: '', fill: cell.fill };
      }
    }
  }
  return { ...sheet, rows };
}
