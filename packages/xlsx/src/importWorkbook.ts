import {
  cellAddress,
  interpretGrid,
  type ColumnMapping,
  type DetectedTable,
  type Fidelity,
  type Grid,
  type InterpretOptions,
  type Plan,
  type PlanIssue,
} from '@actionplan/core';
import { DATA_SHEET } from './canonical/dataSheet';
import { isCanonicalGrid, readCanonical } from './canonical/readCanonical';
import type { WorkbookLimits } from './limits';
import { readGrid } from './readGrid';
import { WorkbookError } from './workbookError';

/**
 * Options of {@link importWorkbook}: core's `interpretGrid` options (`profile`, `asOf`, `scheme`,
 * `sheets`, `referenceDate`, `inspection`), passed through as given, and how to read the file.
 */
export interface ImportOptions extends InterpretOptions {
  limits?: Partial<WorkbookLimits>;
  /** The file name to use in messages when the input is bytes. */
  name?: string;
}

/** A workbook imported: the plan, what was noticed, how every cell was used, and the grid read. */
export interface ImportResult {
  plan: Plan;
  issues: PlanIssue[];
  fidelity: Fidelity;
  grid: Grid;
  /** True when the workbook is a canonical one this package exported. */
  canonical: boolean;
  /** The column mapping of the first plan table, for saving as a profile (core's `profileFromColumns`); empty for a canonical workbook. */
  mapping: ColumnMapping[];
  /** The tables core detected; empty for a canonical workbook. */
  tables: DetectedTable[];
}

// The canonical workbook's sheets whose data rows are the plan (and the Key sheet's role key); the others are derived or internal.
const CANONICAL_DATA = new Set(['Plan', 'Progress', 'Recommendations', 'Sections', 'Inspections', 'Indicators', 'Details', 'Sources']);

/**
 * Imports any improvement-plan workbook: {@link readGrid}, then core's `interpretGrid`; a canonical
 * workbook this package exported is recognised and read back exactly by {@link readCanonical}.
 * Bad input throws a {@link WorkbookError}; a workbook with nothing in it is `empty`, one with no
 * recognisable plan `no-plan`.
 *
 * @example
 * const { plan, issues, fidelity } = await importWorkbook('col-ofsted-2016.xlsx', { asOf: '2017-04-30' });
 * const { mapping } = await importWorkbook('harrow-improvement-2012.xlsx', { inspection: { date: '2012-05' } });
 * profileFromColumns('Harrow template', null, mapping);
 */
export async function importWorkbook(input: string | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const grid = await readGrid(input, { ...(options.limits ? { limits: options.limits } : {}), ...(options.name ? { name: options.name } : {}) });
  const name = typeof input === 'string' ? input.split(/[\\/]/).at(-1)! : (options.name ?? 'The workbook');
  if (!grid.sheets.some((sheet) => sheet.rows.some((row) => row.some((cell) => cell && cell.text.trim() !== '')))) {
    throw new WorkbookError('empty', name);
  }
  if (isCanonicalGrid(grid)) return { plan: readCanonical(grid), issues: [], fidelity: canonicalFidelity(grid), grid, canonical: true, mapping: [], tables: [] };
  const { limits: _limits, name: _name, ...interpretOptions } = options;
  const result = interpretGrid(grid, interpretOptions);
  if (result.plan.actions.length === 0) throw new WorkbookError('no-plan', name);
  return { plan: result.plan, issues: result.issues, fidelity: result.fidelity, grid, canonical: false, mapping: result.mapping, tables: result.tables };
}

/** Every data cell of the record sheets and the role key is mapped; the rest is accounted for as ignored. */
function canonicalFidelity(grid: Grid): Fidelity {
  const fidelity: Fidelity = { nonEmptyCells: 0, mapped: 0, kept: 0, ignored: [] };
  for (const sheet of grid.sheets) {
    const roleKeyHeader = sheet.name === 'Key' ? sheet.rows.findIndex((row) => row[0]?.text === 'Role key') + 1 : 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.text.trim() === '') return;
        fidelity.nonEmptyCells++;
        if ((CANONICAL_DATA.has(sheet.name) && r > 0) || (roleKeyHeader > 0 && r > roleKeyHeader)) fidelity.mapped++;
        else fidelity.ignored.push({ sheet: sheet.name, cell: cellAddress(r, c), reason: ignoredReason(sheet.name, r) });
      }),
    );
  }
  return fidelity;
}

function ignoredReason(sheet: string, row: number): string {
  if (CANONICAL_DATA.has(sheet) && row === 0) return 'header row';
  if (sheet === DATA_SHEET) return 'canonical data sheet: the exported plan the visible sheets are compared with';
  if (sheet === 'Lists') return 'drop-down lists';
  return `${sheet} sheet: worked out from the plan on export`;
}
