import type { GridCell } from '@actionplan/core';
import type { CellOut } from './cellOut';

/**
 * FNV-1a 64 over UTF-16 code units, as 16 hex digits: a cheap fingerprint that tells whether a cell
 * still shows what the exporter wrote. Not a secret: it keeps no text, but someone holding the file
 * who guesses a cell's old content can confirm the guess until the workbook is exported again.
 * Worked in four 16-bit limbs so it stays exact in doubles (no BigInt in the hot loop).
 *
 * @example
 * syncHash(''); // 'cbf29ce484222325'
 * syncHash('a'); // 'af63dc4c8601ec8c'
 */
export function syncHash(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // × 0x100000001b3: each limb times 0x1b3, plus the limbs two places down times 0x100.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  // One string made from its sixteen digits: joined from pieces it was several strings a hash, and a
  // rope that JSON.stringify then had to flatten (a Plan row makes about fifteen hashes).
  const d = HEX_DIGIT;
  return String.fromCharCode(
    d[h3 >>> 12]!, d[(h3 >>> 8) & 15]!, d[(h3 >>> 4) & 15]!, d[h3 & 15]!,
    d[h2 >>> 12]!, d[(h2 >>> 8) & 15]!, d[(h2 >>> 4) & 15]!, d[h2 & 15]!,
    d[h1 >>> 12]!, d[(h1 >>> 8) & 15]!, d[(h1 >>> 4) & 15]!, d[h1 & 15]!,
    d[h0 >>> 12]!, d[(h0 >>> 8) & 15]!, d[(h0 >>> 4) & 15]!, d[h0 & 15]!,
  );
}

// The character codes of the hex digits 0-f.
const HEX_DIGIT = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

// A day is told apart from text that happens to spell it.
const DAY_MARK = '\u0001day:';

/**
 * The sync hash of what the exporter writes into a cell.
 *
 * @example
 * hashOut({ text: 'Amber' }) === hashCell({ text: 'Amber' }); // true
 */
export function hashOut(out: CellOut): string {
  return syncHash('day' in out ? DAY_MARK + out.day : out.text);
}

/**
 * The sync hash of a cell as read back; an empty or missing cell hashes as empty text.
 *
 * @example
 * hashCell({ text: '31 May 2011', date: '2011-05-31' }) === hashOut({ day: '2011-05-31' }); // true
 */
export function hashCell(cell: GridCell | null | undefined): string {
  return syncHash(cell?.date !== undefined ? DAY_MARK + cell.date : (cell?.text ?? ''));
}
