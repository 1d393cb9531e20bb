import { isFilled, rowTexts } from '../detect/sheetText';
import type { GridSheet } from '../grid/grid';
import { foldText } from '../match/similarity';
import type { Person } from '../model/plan';

/** A role key read from a sheet, with the cells it used. */
export interface RoleKey {
  people: Person[];
  /** 0-based `[row, column]` of every cell that went into `people`. */
  cells: Array<[number, number]>;
}

const HEADER_WORDS = new Set(['role', 'roles', 'abbreviation', 'abbreviations', 'abbrev', 'initials', 'name', 'title', 'key', 'lead', 'officer']);
const LONGEST_KEY = 24;

function clean(text: string): string {
  return text.replace(/^\s*[•·\-*]\s*/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a role key (abbreviation / name pairs, seed 004's `Key: Lead Officers`) from a sheet:
 * rows of `name | abbreviation` pairs, possibly two pairs a row, bullets dropped. Returns
 * undefined when the sheet does not read as a key (fewer than three pairs, or mostly other rows).
 *
 * @example
 * readRoleKey(sheet)?.people[0]; // { key: 'DD TS', name: 'Divisional Director Targeted Services', aliases: [] }
 */
export function readRoleKey(sheet: GridSheet): RoleKey | undefined {
  const people: Person[] = [];
  const cells: Array<[number, number]> = [];
  let rowsWithText = 0;
  let rowsWithPairs = 0;
  for (let row = 0; row < sheet.rows.length; row++) {
    const texts = rowTexts(sheet, row);
    const filled = texts.flatMap((text, column) => (isFilled(text) ? [column] : []));
    if (filled.length === 0) continue;
    rowsWithText++;
    let paired = false;
    for (let at = 0; at + 1 < filled.length; at++) {
      const [left, right] = [filled[at] ?? 0, filled[at + 1] ?? 0];
      const a = clean(texts[left] ?? '');
      const b = clean(texts[right] ?? '');
      if (HEADER_WORDS.has(foldText(a)) || HEADER_WORDS.has(foldText(b))) continue;
      const [key, name] = a.length <= b.length ? [a, b] : [b, a];
      if (key.length > LONGEST_KEY || key.length === name.length) continue;
      people.push({ key, name, aliases: [] });
      cells.push([row, left], [row, right]);
      paired = true;
      at++;
    }
    if (paired) rowsWithPairs++;
  }
  if (people.length < 3 || rowsWithPairs < rowsWithText * 0.6) return undefined;
  return { people, cells };
}
