import { cellAddress } from '../grid/grid';

/**
 * The letters of a 0-based column (`0` → `A`, `27` → `AB`).
 *
 * @example
 * columnLetter(5); // 'F'
 */
export function columnLetter(column: number): string {
  return cellAddress(0, column).replace(/\d+$/, '');
}
