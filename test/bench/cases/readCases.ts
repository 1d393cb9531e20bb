import ExcelJS from 'exceljs';
import * as core from '@actionplan/core';
import type { Plan, PlanIssue } from '@actionplan/core';
import * as xlsx from '@actionplan/xlsx';
import { exportedFunction } from './lookup';
import { timed, type CaseOutcome } from './outcome';

type ImportWorkbook = (path: string, options?: { asOf?: string }) => Promise<{ plan: Plan; issues: PlanIssue[]; fidelity: unknown }>;

/**
 * The floor for import: exceljs's streaming `WorkbookReader` over the file, touching every cell value.
 *
 * @example
 * await exceljsStreamRead('plan-10k.xlsx'); // { ms: 640, details: { cells: 83012 } }
 */
export async function exceljsStreamRead(path: string): Promise<CaseOutcome> {
  const { ms, cpuMs, value: cells } = await timed(async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    let count = 0;
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        row.eachCell((cell) => {
          if (cell.value !== null) count += 1;
        });
      }
    }
    return count;
  });
  return { ms, details: { cells, cpuMs: Math.round(cpuMs) } };
}

/**
 * The importer's first half alone: `readGrid` (unzip, trim padding, exceljs full load, Grid).
 *
 * @example
 * await readGridOnly('plan-10k.xlsx');
 */
export async function readGridOnly(path: string): Promise<CaseOutcome> {
  const { ms, cpuMs, value: grid } = await timed(() => xlsx.readGrid(path));
  return { ms, details: { rows: grid.sheets.reduce((n, sheet) => n + sheet.rows.length, 0), cpuMs: Math.round(cpuMs) } };
}

/**
 * The CLI's import path: `importWorkbook(path)` (read, detect, map, interpret), then `validatePlan`.
 *
 * @example
 * await importAndValidate('plan-10k.xlsx');
 */
export async function importAndValidate(path: string): Promise<CaseOutcome> {
  const importWorkbook = exportedFunction<ImportWorkbook>(xlsx, 'importWorkbook');
  if (!importWorkbook) return { missing: '@actionplan/xlsx does not export importWorkbook yet' };
  let importMs = 0;
  let held: unknown;
  const before = settledHeapMb();
  const { ms, cpuMs, value } = await timed(async () => {
    const imported = await timed(() => importWorkbook(path, { asOf: '2017-04-30' }));
    importMs = imported.ms;
    const issues = core.validatePlan(imported.value.plan, { asOf: '2017-04-30' });
    held = { plan: imported.value.plan, issues };
    return { actions: imported.value.plan.actions.length, issues: imported.value.issues.length + issues.length };
  });
  // After the timing: the heap the import leaves in use (the plan, its findings, any caches) over
  // the heap before it, a floor under its peak memory that no reader can lower.
  const after = settledHeapMb();
  const heldHeapMb = before !== undefined && after !== undefined && held !== undefined ? Math.round(after - before) : undefined;
  return {
    ms,
    details: { ...value, importMs: Math.round(importMs), validateMs: Math.round(ms - importMs), cpuMs: Math.round(cpuMs), ...(heldHeapMb === undefined ? {} : { heldHeapMb }) },
  };
}

/** Heap in use after a full collection (MB), when node runs with `--expose-gc`. */
function settledHeapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
