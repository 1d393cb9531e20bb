import type { GridSheet, Plan } from '@actionplan/core';
import { syncedRow } from '../canonical/columnCodec';
import type { DataSheetWriter } from '../canonical/dataSheet';
import type { SheetContext } from '../canonical/otherColumns';
import { type RowCells, sheetRows } from '../canonical/syncedTable';
import { personTable } from '../canonical/tables';
import type { RagKey } from './ragKey';
import { SheetWriter, type SheetHost } from './write/sheetWriter';
import { STYLE } from './write/stylesXml';

const ROLE_KEY = 'Role key';

/**
 * The Key sheet: each RAG level's label (on its colour, the word always visible), meaning and
 * colour code; then the role key, each abbreviation, who it stands for and other spellings, last on
 * the sheet so officers can add to it. The role key's text-free copy goes to the data sheet. Level
 * `i` of the key is filled with style `STYLE.levelFill + i`.
 *
 * @example
 * writeKeySheet(book, plan, ragKeyFor(plan), ctx, data);
 */
export function writeKeySheet(book: SheetHost, plan: Plan, key: RagKey, ctx: SheetContext, data: DataSheetWriter): SheetWriter {
  const sheet = new SheetWriter('Key', book, { columns: [{ width: 22 }, { width: 70 }, { width: 12 }] });
  let row = 1;
  const heading = (text: string): void => {
    sheet.text(row++, 1, text, STYLE.heading);
  };
  const header = (...texts: string[]): void => {
    texts.forEach((text, c) => sheet.text(row, c + 1, text, STYLE.bold));
    row++;
  };
  heading(`RAG key: ${key.name}`);
  header('Rating', 'What it means', 'Colour');
  key.levels.forEach((level, i) => {
    sheet.text(row, 1, level.label, STYLE.levelFill + i);
    sheet.text(row, 2, level.meaning);
    sheet.text(row, 3, level.colour);
    row++;
  });
  row++;
  heading(ROLE_KEY);
  header(...personTable.columns.map((column) => column.header));
  const keys = personTable.keysOf(plan.people);
  plan.people.forEach((person, p) => {
    const rendered = personTable.columns.map((column) => column.render(person, ctx));
    rendered.forEach((out, c) => sheet.out(row, c + 1, out, false));
    row++;
    data.add({ kind: personTable.kind, key: keys[p]!, value: syncedRow(person, personTable.columns, ctx, personTable.redact, rendered) });
  });
  return sheet;
}

/**
 * The role key's rows on a Key sheet read back: the rows under its header, to the end of the sheet.
 *
 * @example
 * roleKeyRows(grid.sheets.find((s) => s.name === 'Key'))[0]?.Key?.text; // 'RG'
 */
export function roleKeyRows(sheet: GridSheet | undefined): RowCells[] {
  const heading = sheet?.rows.findIndex((row) => row[0]?.text === ROLE_KEY && (row[1]?.text ?? '') === '') ?? -1;
  return heading < 0 ? [] : sheetRows(sheet, heading + 1);
}
