import type { Workbook } from 'exceljs';
import type { Plan } from '@actionplan/core';
import { writeCell } from '../canonical/cellOut';
import type { RagKey } from './ragKey';

/**
 * The Key sheet: each RAG level's label (on its colour, the word always visible), meaning and
 * colour code; then the role key, each abbreviation and who it stands for.
 *
 * @example
 * writeKeySheet(workbook, plan, ragKeyFor(plan));
 */
export function writeKeySheet(workbook: Workbook, plan: Plan, key: RagKey): void {
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
  heading('Role key');
  header('Key', 'Who', 'Also written');
  if (plan.people.length === 0) writeCell(sheet.getCell(row++, 1), { text: 'The plan has no role key.' });
  for (const person of plan.people) {
    writeCell(sheet.getCell(row, 1), { text: person.key });
    writeCell(sheet.getCell(row, 2), { text: person.name });
    writeCell(sheet.getCell(row, 3), { text: person.aliases.join(', ') });
    row++;
  }
}
