import { queueTextSafeValues } from './safeText';
import type { HostContext } from './hostTypes';

/**
 * A sheet name not yet used in the workbook, made from `base` (`Progress report 2017-04-30`,
 * then `… (2)`), within Excel's 31-character limit and without the characters it forbids.
 *
 * @example
 * freeSheetName('Progress report 2017-04-30', ['Progress report 2017-04-30']); // 'Progress report 2017-04-30 (2)'
 */
export function freeSheetName(base: string, taken: string[]): string {
  const clean = base.replace(/[\\/?*[\]:]/g, '-').slice(0, 31);
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Writes a report (rows of text cells; the first row is bold) to a new sheet and activates it.
 * Every value is written as text. Two syncs: one for the sheet names, one for the write.
 *
 * @example
 * await host.run((context) => insertReportSheet(context, 'Progress report 2017-04-30', [['Ref', 'Action', 'RAG']]));
 */
export async function insertReportSheet(context: HostContext, title: string, rows: string[][]): Promise<string> {
  const sheets = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const name = freeSheetName(title, sheets.items.map((sheet) => sheet.name));
  const worksheet = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  if (padded.length > 0) {
    queueTextSafeValues(worksheet.getRangeByIndexes(0, 0, padded.length, width), padded);
    worksheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  }
  worksheet.activate();
  await context.sync();
  return name;
}
