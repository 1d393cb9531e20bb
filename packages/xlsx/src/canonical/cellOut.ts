import type { GridCell } from '@actionplan/core';

/** What the exporter puts in a cell: text (always a string cell, never a formula) or a calendar day. */
export type CellOut = { text: string } | { day: string };

/** How the canonical workbook shows a day: `31 May 2011`, unambiguous in every locale. */
export const DAY_FORMAT = 'd mmm yyyy';

/**
 * Whether a cell read back still shows what the exporter wrote: an officer has not changed it.
 * An empty cell matches empty text.
 *
 * @example
 * cellMatches({ text: 'Amber' }, { text: 'Amber' }); // true
 */
export function cellMatches(out: CellOut, cell: GridCell | null | undefined): boolean {
  if ('day' in out) return cell?.date === out.day;
  return (cell?.text ?? '') === out.text && cell?.date === undefined;
}

/** A cell's text, trimmed, or null when blank. */
export function cellText(cell: GridCell | null | undefined): string | null {
  const text = cell?.text.trim() ?? '';
  return text === '' ? null : text;
}

/** A cell's lines (an officer separates names or measures with Alt+Enter or `;`). */
export function cellLines(cell: GridCell | null | undefined): string[] {
  return (cell?.text ?? '')
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
