/** A cell address as exceljs decodes it: column letters and row digits, `$` skipped. */
export interface DecodedAddress {
  /** `col + row` as written, without `$` (`'B12'`). */
  address: string;
  /** 1-based column, or 0 when there are no letters. */
  col: number;
  /** 1-based row, or 0 when there are no digits. */
  row: number;
}

/**
 * An `r` attribute decoded as exceljs's `colCache.decodeAddress` does: upper-case letters before the
 * first digit make the column, digits the row, anything else is skipped until both are seen.
 *
 * @example
 * decodeAddress('$B$12'); // { address: 'B12', col: 2, row: 12 }
 */
export function decodeAddress(value: string): DecodedAddress {
  let col = '';
  let row = '';
  let colNumber = 0;
  let rowNumber = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    if (row === '' && char >= 65 && char <= 90) {
      col += value[i];
      colNumber = colNumber * 26 + char - 64;
    } else if (char >= 48 && char <= 57) {
      row += value[i];
      rowNumber = rowNumber * 10 + char - 48;
    } else if (row !== '' && col !== '' && char !== 36) {
      break;
    }
  }
  return { address: col + row, col: colNumber, row: rowNumber };
}

/**
 * Column letters of a 1-based column number.
 *
 * @example
 * columnLetters(28); // 'AB'
 */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as its child cell shows it: the master's formula with each relative reference
 * moved by the offset from master to child, as exceljs's `slideFormula` does.
 *
 * @example
 * slideFormula('LEN(B2)', 'G2', 'G3'); // 'LEN(B3)'
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const offset = decodeAddress(from);
  const target = decodeAddress(to);
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string, part: string, paren: string | undefined) => {
    if (paren) return match;
    const ref = CELL_REF.exec(part);
    if (!ref) return match;
    const [, colDollar, letters, rowDollar, digits] = ref as unknown as [string, string | undefined, string, string | undefined, string];
    const upper = letters.toUpperCase();
    if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return match;
    let col = decodeAddress(upper).col;
    let row = parseInt(digits, 10);
    if (!colDollar) col += target.col - offset.col;
    if (!rowDollar) row += target.row - offset.row;
    return (sheet ?? '') + (colDollar ?? '') + columnLetters(col) + (rowDollar ?? '') + String(row);
  });
}
