import { isFilled } from '../detect/sheetText';
import type { SheetView } from './sheetView';

/**
 * Where a row's cells sit one column right of their header (seed 001's 2.1.6–2.1.10: an empty
 * fourth cell puts the timescale under `Targets and outcomes` and the targets beyond the last
 * header): the index of the empty cell they moved past, or `Infinity` when the row is in place.
 *
 * @example
 * columnShift(view, 88, 5); // 3: read column E as D and F as E
 */
export function columnShift(view: SheetView, row: number, width: number): number {
  const cells = view.sheet.rows[row] ?? [];
  let beyond = false;
  for (let column = width; column < cells.length && !beyond; column++) beyond = isFilled(cells[column]?.text ?? '');
  if (!beyond) return Infinity;
  for (let column = width - 1; column >= 0; column--) {
    if ((cells[column]?.text.trim() ?? '') === '') return column;
  }
  return Infinity;
}
