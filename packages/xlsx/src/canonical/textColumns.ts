import type { GridCell } from '@actionplan/core';
import { cellLines, cellText } from './cellOut';
import type { ColumnCodec, ColumnFacts } from './columnCodec';

type Keys<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

/**
 * A column showing a text field. Unchanged, the cell gives the text back exactly; the text-free
 * record says whether the field was null (shown empty). Edited, `edit` reads it (trimmed, blank →
 * null, unless told otherwise).
 *
 * @example
 * textColumn<Action, PlanContext>('Comments', 'comments', 40);
 */
export function textColumn<T, C>(
  header: string,
  field: Keys<T, string | null>,
  width: number,
  edit: (cell: GridCell | null) => string | null = cellText,
): ColumnCodec<T, C> {
  return {
    key: field,
    header,
    width,
    render: (record) => ({ text: (record[field] as string | null) ?? '' }),
    decode: (text, record) => ({ ...record, [field]: record[field] === null ? null : text }),
    read: (cell, record) => ({ ...record, [field]: edit(cell) }),
  };
}

/** What an edited cell of a non-null text field gives: its text as typed, `''` when blank. */
export const wholeText = (cell: GridCell | null): string => cell?.text ?? '';
/** What an edited cell of a non-null text field gives: its text trimmed, `''` when blank. */
export const trimmedText = (cell: GridCell | null): string => cellText(cell) ?? '';

/**
 * A column showing a list of text items, one a line (or joined by `separator`). The data sheet keeps
 * each item's length, so an unchanged cell splits back exactly, even where an item holds a line
 * break or is empty; an edited cell splits on line breaks and `;`.
 *
 * @example
 * listColumn<Action, PlanContext>('Lead officer(s)', 'leads', 16).render(action, ctx); // { text: 'RG\nJF' }
 */
export function listColumn<T, C>(header: string, field: Keys<T, string[]>, width: number, separator = '\n'): ColumnCodec<T, C> {
  const read = (cell: GridCell | null, record: T): T => ({ ...record, [field]: cellLines(cell) });
  return {
    key: field,
    header,
    width,
    render: (record) => ({ text: (record[field] as string[]).join(separator) }),
    facts: (record) => (record[field] as string[]).map((item) => item.length),
    decode: (text, record, facts) => {
      const items = splitByLengths(text, facts, separator);
      return items ? { ...record, [field]: items } : read({ text }, record);
    },
    read,
  };
}

/**
 * Text cut into items of the given lengths, each followed by the separator but the last; null when
 * the text does not have that shape.
 *
 * @example
 * splitByLengths('RG\nJ\nF', [2, 3], '\n'); // ['RG', 'J\nF']
 */
export function splitByLengths(text: string, lengths: ColumnFacts, separator: string): string[] | null {
  const items: string[] = [];
  let at = 0;
  for (const [i, length] of lengths.entries()) {
    if (i > 0) {
      if (text.slice(at, at + separator.length) !== separator) return null;
      at += separator.length;
    }
    items.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? items : null;
}
