import { cellAddress } from '@actionplan/core';
import type { HostContext } from './hostTypes';

/** A RAG level as the new sheet shows it: the word in the cell, its meaning in the Key, its colour. */
export interface KeyLevel {
  label: string;
  meaning: string;
  /** `RRGGBB`. */
  colour: string;
}

/**
 * The columns of a new plan sheet, in order. They use the header words the importer recognises,
 * so a sheet started here reads back with no mapping questions.
 */
export const PLAN_COLUMNS = [
  'Section',
  'Recommendation',
  'Ref',
  'Action',
  'Lead officer',
  'Start date',
  'Due date',
  'Status',
  'RAG',
  'Progress update',
  'Measures',
] as const;

/** Empty rows the new table starts with, so the dropdown and colours are there before typing. */
const STARTER_ROWS = 20;

function textColourOn(fill: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(fill.slice(i, i + 2), 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#FFFFFF' : '#000000';
}

/**
 * Adds a sheet in the canonical layout: a table with the plan columns, a RAG dropdown on the RAG
 * column, conditional formats that colour each RAG word (the word stays, so it prints and reads
 * without colour), and a Key beside the table. Returns the sheet's name. One sync.
 *
 * @example
 * await host.run((context) => insertPlanSheet(context, 'Plan', levels));
 */
export async function insertPlanSheet(context: HostContext, name: string, levels: KeyLevel[]): Promise<string> {
  const worksheet = context.workbook.worksheets.add(name);
  const lastRow = STARTER_ROWS;
  const lastColumn = PLAN_COLUMNS.length - 1;
  worksheet.getRangeByIndexes(0, 0, 1, PLAN_COLUMNS.length).values = [[...PLAN_COLUMNS]];
  const table = worksheet.tables.add(`A1:${cellAddress(lastRow, lastColumn)}`, true);
  table.style = 'TableStyleLight9';
  const ragColumn = PLAN_COLUMNS.indexOf('RAG');
  const ragCells = worksheet.getRangeByIndexes(1, ragColumn, STARTER_ROWS, 1);
  // Labels must not contain the list separator; scheme labels are single words or short phrases.
  ragCells.dataValidation.rule = { list: { inCellDropDown: true, source: levels.map((l) => l.label).join(',') } };
  for (const level of levels) {
    const rule = ragCells.conditionalFormats.add('TextComparison');
    rule.textComparison.format.fill.color = `#${level.colour}`;
    rule.textComparison.format.font.color = textColourOn(level.colour);
    rule.textComparison.rule = { operator: 'BeginsWith', text: level.label };
  }
  const keyColumn = lastColumn + 2;
  worksheet.getRangeByIndexes(0, keyColumn, 1, 2).values = [['Key', 'Meaning']];
  worksheet.getRangeByIndexes(0, keyColumn, 1, 2).format.font.bold = true;
  if (levels.length > 0) {
    worksheet.getRangeByIndexes(1, keyColumn, levels.length, 2).values = levels.map((l) => [l.label, l.meaning]);
  }
  levels.forEach((level, i) => {
    const swatch = worksheet.getRangeByIndexes(1 + i, keyColumn, 1, 1).format;
    swatch.fill.color = `#${level.colour}`;
    swatch.font.color = textColourOn(level.colour);
  });
  worksheet.getRangeByIndexes(0, 0, 1, keyColumn + 2).format.autofitColumns();
  worksheet.activate();
  await context.sync();
  return name;
}
