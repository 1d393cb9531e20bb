/** A rectangular block of cells, 0-based inclusive indexes, optionally on a named sheet. */
export interface A1Block {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses an Excel address as Office.js reports it (`Plan!B7:D9`, `'My plan'!A1`, `C3`, whole
 * rows `4:6`) into 0-based indexes. Whole columns get a bottom of `Number.MAX_SAFE_INTEGER`.
 * Returns null for anything else, such as a multi-area address.
 *
 * @example
 * parseA1('Plan!B7:D9'); // { sheet: 'Plan', top: 6, left: 1, bottom: 8, right: 3 }
 */
export function parseA1(address: string): A1Block | null {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang >= 0 ? address.slice(0, bang) : null;
  const sheet = rawSheet === null ? null : rawSheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const parts = ref.split(':');
  if (parts.length > 2 || ref.includes(',')) return null;
  const ends = parts.map((part) => /^([A-Za-z]*)(\d*)$/.exec(part));
  if (ends.some((m) => m === null || (m[1] === '' && m[2] === ''))) return null;
  const [first, last] = [ends[0], ends[ends.length - 1]] as [RegExpExecArray, RegExpExecArray];
  const top = first[2] ? Number(first[2]) - 1 : 0;
  const bottom = last[2] ? Number(last[2]) - 1 : Number.MAX_SAFE_INTEGER;
  const left = first[1] ? columnIndex(first[1]) : 0;
  const right = last[1] ? columnIndex(last[1]) : Number.MAX_SAFE_INTEGER;
  return { sheet, top, left, bottom, right };
}

/**
 * The sheet-qualified address Office.js accepts in `worksheet.getRange`, quoting names that need it.
 *
 * @example
 * qualifiedAddress('My plan', 'B7'); // "'My plan'!B7"
 */
export function qualifiedAddress(sheet: string, cell: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
