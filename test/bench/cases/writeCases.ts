import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Plan, PlanIssue } from '@actionplan/core';
import * as xlsx from '@actionplan/xlsx';
import { generateBenchWorkbook } from '../generate/benchWorkbook';
import { exportedFunction } from './lookup';
import { timed, type CaseOutcome } from './outcome';
import { planCells } from './planCells';

type ExportWorkbook = (plan: Plan, options?: { issues?: PlanIssue[]; asOf?: string }) => Promise<Uint8Array>;

/**
 * The floor for export: exceljs's streaming `WorkbookWriter` (inline strings) writing the export's
 * cells, precomputed, to a file.
 *
 * @example
 * await exceljsStreamWrite(10_000, '/tmp/floor.xlsx');
 */
export async function exceljsStreamWrite(rows: number, path: string): Promise<CaseOutcome> {
  const cells = planCells(generateBenchWorkbook({ rows }).plan);
  const { ms, cpuMs } = await timed(async () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    for (const sheet of cells.sheets) {
      const worksheet = writer.addWorksheet(sheet.name);
      for (const values of sheet.rows) worksheet.addRow(values).commit();
      worksheet.commit();
    }
    await writer.commit();
  });
  return { ms, details: { cells: cells.sheets.reduce((n, sheet) => n + sheet.rows.reduce((m, row) => m + row.length, 0), 0), cpuMs: Math.round(cpuMs) } };
}

/**
 * The CLI's export: `exportWorkbook(plan)` for a generated plan, then the bytes to a file.
 *
 * @example
 * await exportToFile(10_000, '/tmp/export.xlsx');
 */
export async function exportToFile(rows: number, path: string): Promise<CaseOutcome> {
  const exportWorkbook = exportedFunction<ExportWorkbook>(xlsx, 'exportWorkbook');
  if (!exportWorkbook) return { missing: '@actionplan/xlsx does not export exportWorkbook yet' };
  const { plan } = generateBenchWorkbook({ rows });
  const { ms, cpuMs, value: bytes } = await timed(async () => {
    const output = await exportWorkbook(plan, { asOf: '2017-04-30' });
    await writeFile(path, output);
    return output.length;
  });
  return { ms, details: { actions: plan.actions.length, bytes, cpuMs: Math.round(cpuMs) } };
}
