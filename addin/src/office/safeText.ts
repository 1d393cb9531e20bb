import type { HostCellValue, HostRange } from './hostTypes';

/**
 * Whether Excel would treat a string written through `range.values` as something other than text:
 * a formula (`=`), or a signed number or formula (`+`, `-`), or a function (`@`).
 *
 * @example
 * startsLikeFormula('=HYPERLINK("http://example.invalid","x")'); // true
 * startsLikeFormula('Amber'); // false
 */
export function startsLikeFormula(value: HostCellValue): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * Queues a write of `values` to `range` so that every string stays text: cells whose text starts
 * like a formula get the Text number format (`@`) first, in the same batch, and other cells keep
 * their format (a `null` leaves it alone). Decided over an apostrophe prefix because the stored
 * value then stays exactly the text, and reading it back needs no unquoting.
 *
 * @example
 * queueTextSafeValues(sheet.getRange('E7'), [['=HYPERLINK("http://example.invalid","x")']]);
 * await context.sync(); // E7 shows the text, not a link
 */
export function queueTextSafeValues(range: HostRange, values: HostCellValue[][]): void {
  if (values.some((row) => row.some(startsLikeFormula))) {
    range.numberFormat = values.map((row) => row.map((value) => (startsLikeFormula(value) ? '@' : null)));
  }
  range.values = values;
}
