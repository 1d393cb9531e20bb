import type { SourceRef } from '@actionplan/core';

// Core's field names (`title`, `due`) and A1 addresses carry no officer text; anything else is a name.
const FIELD = /^[A-Za-z][A-Za-z0-9]*$/;
const ADDRESS = /^\$?[A-Z]{1,3}\$?[1-9]\d*$/;

/** Names the data sheet refers to by number (`#3`); the Sources sheet shows each one. */
export interface NameTable {
  /** The reference of a name, added when new. */
  ref: (name: string, use: string) => string;
  rows: () => Array<{ id: string; use: string; name: string }>;
}

/**
 * A fresh table of names.
 *
 * @example
 * const names = nameTable(); names.ref('Action Plan', 'source sheet'); // '#1'
 */
export function nameTable(): NameTable {
  const ids = new Map<string, { id: string; use: string }>();
  return {
    ref: (name, use) => {
      let entry = ids.get(name);
      if (!entry) ids.set(name, (entry = { id: `#${ids.size + 1}`, use }));
      return entry.id;
    },
    rows: () => [...ids].map(([name, { id, use }]) => ({ id, use, name })),
  };
}

/**
 * A source reference with its sheet name (and any cell key that is not a plain field name, such as
 * `extra:Evidence`) replaced by a reference into the name table.
 *
 * @example
 * redactSource({ sheet: 'Action Plan', row: 3, cells: { title: 'C3' } }, names); // { sheet: '#1', row: 3, cells: { title: 'C3' } }
 */
export function redactSource(source: SourceRef | null, names: NameTable): SourceRef | null {
  if (source === null) return null;
  const out: SourceRef = { sheet: names.ref(source.sheet, 'source sheet'), row: source.row };
  if (source.cells) {
    out.cells = Object.fromEntries(
      Object.entries(source.cells).map(([field, cell]) => [FIELD.test(field) ? field : names.ref(field, 'source field'), ADDRESS.test(cell) ? cell : names.ref(cell, 'source cell')]),
    );
  }
  return out;
}

/**
 * A redacted source reference with its names back; a name the Sources sheet no longer has becomes `''`.
 *
 * @example
 * restoreSource({ sheet: '#1', row: 3 }, new Map([['#1', 'Action Plan']])); // { sheet: 'Action Plan', row: 3 }
 */
export function restoreSource(source: SourceRef | null, names: ReadonlyMap<string, string>): SourceRef | null {
  if (source === null) return null;
  const name = (text: string): string => (text.startsWith('#') ? (names.get(text) ?? '') : text);
  const out: SourceRef = { sheet: name(source.sheet), row: source.row };
  if (source.cells) out.cells = Object.fromEntries(Object.entries(source.cells).map(([field, cell]) => [name(field), name(cell)]));
  return out;
}
