import type { Workbook } from 'exceljs';
import type { GridSheet, Plan } from '@actionplan/core';
import { writeCell } from '../canonical/cellOut';
import type { DataRecord } from '../canonical/dataSheet';
import { personColumns, type SheetContext } from '../canonical/otherColumns';
import { syncedRecords, type RowCells, sheetRows } from '../canonical/syncedTable';
import { personTable } from '../canonical/tables';
import type { RagKey } from './ragKey';

const ROLE_KEY = 'Role key';

/**
 * The Key sheet: each RAG level's label (on its colour, the word always visible), meaning and
 * colour code; then the role key, each abbreviation, who it stands for and other spellings, last on
 * the sheet so officers can add to it. Returns the role key's data sheet records.
 *
 * @example
 * writeKeySheet(workbook, plan, ragKeyFor(plan), ctx);
 */
export function writeKeySheet(workbook: Workbook, plan: Plan, key: RagKey, ctx: SheetContext): DataRecord[] {
  const sheet = workbook.addWorksheet('Key');
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 70;
  sheet.getColumn(3).width = 12;
  let row = 1;
  const heading = (text: string): void => {
    writeCell(sheet.getCell(row, 1), { text });
    sheet.getCell(row, 1).font = { bold: true, size: 13 };
    row++;
  };
  const header = (...texts: string[]): void => {
    texts.forEach((text, c) => {
      writeCell(sheet.getCell(row, c + 1), { text });
      sheet.getCell(row, c + 1).font = { bold: true };
    });
    row++;
  };
  heading(`RAG key: ${key.name}`);
  header('Rating', 'What it means', 'Colour');
  for (const level of key.levels) {
    writeCell(sheet.getCell(row, 1), { text: level.label });
    sheet.getCell(row, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${level.colour}` } };
    writeCell(sheet.getCell(row, 2), { text: level.meaning });
    writeCell(sheet.getCell(row, 3), { text: level.colour });
    row++;
  }
  row++;
  heading(ROLE_KEY);
  header(...personColumns.map((column) => column.header));
  for (const person of plan.people) {
    personColumns.forEach((column, c) => writeCell(sheet.getCell(row, c + 1), column.render(person, ctx)));
    row++;
  }
  return syncedRecords(plan.people, personTable, ctx);
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
