const letters: string[] = [];

/**
 * The letters of a column, 1-based (`1` → `A`, `28` → `AB`), remembered once worked out: every
 * cell reference of a sheet needs them.
 *
 * @example
 * columnLetters(28); // 'AB'
 */
export function columnLetters(column: number): string {
  let known = letters[column];
  if (known === undefined) {
    known = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) known = String.fromCharCode(65 + ((n - 1) % 26)) + known;
    letters[column] = known;
  }
  return known;
}
