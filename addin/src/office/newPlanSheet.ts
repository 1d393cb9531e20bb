import { cellAddress } from '@actionplan/core';
import type { HostContext, HostRange, HostWorksheet } from './hostTypes';

/** A RAG level as the new sheet shows it: the word in the cell, its meaning in the Key, its colour. */
export interface KeyLevel {
  label: string;
  meaning: string;
  /** `RRGGBB`. */
  colour: string;
}

/**
 * The Plan sheet's columns as the exporter (`@actionplan/xlsx`, `planColumns`) writes them, in
 * order, so a sheet started here is laid out like an exported plan and reads back the same way.
 * The exporter does not export its list to the browser (its module imports exceljs), so it is
 * repeated here and `newPlanSheet.test.ts` compares it with a workbook the exporter wrote.
 */
export const PLAN_COLUMNS = [
  'Id',
  'Section',
  'Recommendation code',
  'Ref',
  'Kind',
  'Action',
  'Tier',
  'Lead officer(s)',
  'Involved',
  'Start',
  'Due',
  'Status',
  'RAG',
  'Measures',
  'Latest progress',
  'Comments',
] as const;

/** The Status column's words, as the exporter's drop-down offers them. */
export const STATUS_WORDS = ['Not started', 'In progress', 'Complete', 'Blocked'] as const;

/** Empty rows the new table starts with, so the drop-downs and colours are there before typing. */
const STARTER_ROWS = 20;

function textColourOn(fill: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(fill.slice(i, i + 2), 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#FFFFFF' : '#000000';
}

function columnCells(worksheet: HostWorksheet, header: (typeof PLAN_COLUMNS)[number]): HostRange {
  return worksheet.getRangeByIndexes(1, PLAN_COLUMNS.indexOf(header), STARTER_ROWS, 1);
}

/**
 * Adds a sheet in the exporter's Plan layout: a table (style TableStyleLight9) with the canonical
 * columns, the Id column hidden and the header row frozen; a RAG drop-down and a Status drop-down;
 * conditional formats that colour each RAG word (the word stays, so it prints and reads without
 * colour); and a Key beside the table. Returns the sheet's name. One sync.
 *
 * @example
 * await host.run((context) => insertPlanSheet(context, 'Plan', levels));
 */
export async function insertPlanSheet(context: HostContext, name: string, levels: KeyLevel[]): Promise<string> {
  const worksheet = context.workbook.worksheets.add(name);
  const lastColumn = PLAN_COLUMNS.length - 1;
  worksheet.getRangeByIndexes(0, 0, 1, PLAN_COLUMNS.length).values = [[...PLAN_COLUMNS]];
  const table = worksheet.tables.add(`A1:${cellAddress(STARTER_ROWS, lastColumn)}`, true);
  table.style = 'TableStyleLight9';
  worksheet.getRangeByIndexes(0, PLAN_COLUMNS.indexOf('Id'), 1, 1).columnHidden = true;
  worksheet.freezePanes.freezeRows(1);
  const ragCells = columnCells(worksheet, 'RAG');
  // Labels must not contain the list separator; scheme labels are single words or short phrases.
  ragCells.dataValidation.rule = { list: { inCellDropDown: true, source: levels.map((l) => l.label).join(',') } };
  columnCells(worksheet, 'Status').dataValidation.rule = { list: { inCellDropDown: true, source: STATUS_WORDS.join(',') } };
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
