import type { GridSheet } from '../grid/grid';
import { isLegendHeading } from './rowKinds';
import { isFilled } from './sheetText';

/** One line of a colour key: the label and the fill colour shown beside it (or on it). */
export interface LegendEntry {
  label: string;
  /** `RRGGBB`, or null when the swatch has no fill (the colour was lost). */
  fill: string | null;
  /** 0-based row and column of the label. */
  row: number;
  column: number;
}

/**
 * Reads a colour key such as seed 000's `Action Status` block from the given rows: after a
 * legend heading, each row holding one label (with a filled swatch cell beside it, or filled
 * itself) until a blank row. Returns the rows it used, including the heading.
 *
 * @example
 * readLegend(sheet, [0, 1, 2]); // { entries: [{ label: 'Action completed and desired outcome achieved', fill: '00B050', … }], rows: [0, 1, 2] }
 */
export function readLegend(sheet: GridSheet, rows: readonly number[]): { entries: LegendEntry[]; rows: number[] } {
  const entries: LegendEntry[] = [];
  const used: number[] = [];
  let inLegend = false;
  for (const row of rows) {
    const cells = sheet.rows[row] ?? [];
    const texts = cells.map((cell) => cell?.text ?? '');
    const filled = texts.flatMap((text, index) => (isFilled(text) ? [index] : []));
    if (filled.length === 0 && !cells.some((cell) => cell?.fill)) {
      inLegend = false;
      continue;
    }
    if (filled.length === 1 && isLegendHeading(texts[filled[0] ?? 0] ?? '') && !cells.some((cell) => cell?.fill)) {
      inLegend = true;
      used.push(row);
      continue;
    }
    const swatch = cells.find((cell) => cell?.fill && !isFilled(cell.text));
    if (filled.length === 1 && (inLegend || swatch)) {
      const column = filled[0] ?? 0;
      const label = cells[column];
      entries.push({ label: texts[column]?.trim() ?? '', fill: swatch?.fill ?? label?.fill ?? null, row, column });
      used.push(row);
    } else {
      inLegend = false;
    }
  }
  return { entries, rows: used };
}
