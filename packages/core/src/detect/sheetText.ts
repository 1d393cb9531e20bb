import type { GridSheet } from '../grid/grid';

/**
 * The text of every cell of a row, `''` for a missing cell, padded to `width` when given.
 *
 * @example
 * rowTexts({ name: 'Plan', rows: [[{ text: 'Ref:' }, null]], merges: [] }, 0); // ['Ref:', '']
 */
export function rowTexts(sheet: GridSheet, row: number, width = 0): string[] {
  const cells = sheet.rows[row] ?? [];
  const length = Math.max(width, cells.length);
  return Array.from({ length }, (_, column) => cells[column]?.text ?? '');
}

/**
 * Whether a cell's text holds anything but white space (pages full of single spaces are blank).
 *
 * @example
 * isFilled(' '); // false
 */
export function isFilled(text: string): boolean {
  return text.trim() !== '';
}
