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
  // A plain loop: Array.from's callback was a top self-time entry on 50,000-row sheets.
  const texts = new Array<string>(length);
  for (let column = 0; column < length; column++) texts[column] = cells[column]?.text ?? '';
  return texts;
}

/**
 * How many cells of a row hold anything but white space, without building the row's texts.
 *
 * @example
 * filledCount({ name: 'Plan', rows: [[{ text: 'Ref:' }, { text: ' ' }, null]], merges: [] }, 0); // 1
 */
export function filledCount(sheet: GridSheet, row: number): number {
  const cells = sheet.rows[row] ?? [];
  let count = 0;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    if (cell && isFilled(cell.text)) count++;
  }
  return count;
}

/**
 * Whether a cell's text holds anything but white space (pages full of single spaces are blank).
 *
 * @example
 * isFilled(' '); // false
 */
export function isFilled(text: string): boolean {
  // Most cells open with a visible ASCII character, never white space: told without trimming.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return true;
  return text.trim() !== '';
}
