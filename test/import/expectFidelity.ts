import type { Fidelity, Grid, GridCell } from '@actionplan/core';
import { expect } from 'vitest';

/** A cell a reader filled with its merge's value; Excel stores nothing there. */
function isMergeCopy(sheet: Grid['sheets'][number], row: number, column: number, cell: GridCell): boolean {
  return sheet.merges.some(
    (merge) =>
      row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right &&
      (row !== merge.top || column !== merge.left) && sheet.rows[merge.top]?.[merge.left]?.text === cell.text,
  );
}

/**
 * Asserts issue 3's fidelity invariant on an imported workbook: every non-empty source cell (counted
 * here from the grid, merge copies aside) is mapped, kept or ignored, and every ignored cell says why
 * in words more specific than "not part of any plan table".
 */
export function expectFidelity(fidelity: Fidelity, grid: Grid): void {
  let nonEmpty = 0;
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        if (cell && (cell.text.trim() !== '' || cell.number !== undefined) && !isMergeCopy(sheet, row, column, cell)) nonEmpty++;
      }),
    );
  }
  expect(fidelity.nonEmptyCells).toBe(nonEmpty);
  expect(fidelity.mapped + fidelity.kept + fidelity.ignored.length).toBe(fidelity.nonEmptyCells);
  expect(fidelity.ignored.filter((entry) => entry.reason.trim() === '' || entry.reason === 'not part of any plan table')).toEqual([]);
}
