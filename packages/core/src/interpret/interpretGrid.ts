import type { DetectedTable } from '../detect/detectTables';
import type { PlanField } from '../detect/fields';
import { detectTables } from '../detect/detectTables';
import type { ColumnMapping } from '../detect/mapColumns';
import type { MappingProfile } from '../detect/profile';
import { isFilled, rowTexts } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import type { Grid, GridSheet } from '../grid/grid';
import { createPlan } from '../model/create';
import type { PlanIssue } from '../model/issue';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Inspection, Plan } from '../model/plan';
import type { RagScheme } from '../rag';
import { buildTable } from './buildTable';
import type { BuildContext } from './buildTable';
import { accountForCells, createLedger } from './ledger';
import type { Fidelity } from './ledger';
import { typicalPlanDate } from './typicalPlanDate';
import { findInspection, resolveRecommendationDues } from './findInspection';
import { inferAsOf } from './inferAsOf';
import type { LocatedText } from './inferAsOf';
import { withoutMergeCopies } from './mergeCopies';
import { planTitle } from './planTitle';
import { linkIndicators, readIndicators } from './readIndicators';
import type { IndicatorTable } from './readIndicators';
import { chooseScheme, legendColours } from './readRag';
import { resolveCitations } from './resolveCitations';
import { readRoleKey } from './roleKey';
import { sheetView } from './sheetView';
import { slug, uniqueIds } from './slugs';

/** Options for {@link interpretGrid}. */
export interface InterpretOptions {
  /** A saved column mapping for the council's template. */
  profile?: MappingProfile;
  /** The date the plan's statuses describe. */
  asOf?: IsoDay;
  /** The RAG scheme of the ratings; by default chosen from the legend and the rating words. */
  scheme?: RagScheme;
  /** Only these sheets (by name); the others are reported as ignored. */
  sheets?: readonly string[];
  /** When the text was written, for dates without a year (`11 th September`). */
  referenceDate?: PartialDate;
  /**
   * The inspection the plan answers, when the workbook does not date it (seed 004 names only the
   * `OFSTED REPORT`; the inspection was in May 2012). Fields given here win over what the workbook says.
   */
  inspection?: Partial<Pick<Inspection, 'date' | 'bodies' | 'title'>>;
}

/** The plan read from a workbook, with everything noticed on the way and how every cell was used. */
export interface InterpretResult {
  plan: Plan;
  issues: PlanIssue[];
  fidelity: Fidelity;
  tables: DetectedTable[];
  /** The column mapping of the first plan table, for saving as a profile. */
  mapping: ColumnMapping[];
}

/** A table of actions, or a tracker of recommendations with their progress (seed 002). */
function isPlanTable(table: DetectedTable): boolean {
  const has = (field: string): boolean => table.columns.some((column) => column.field === field);
  return has('action') || has('milestone') || (has('recommendation') && has('progress'));
}

/** The text of each title and banner row of the tables, where workbooks name their inspection. */
function headingTexts(tables: readonly DetectedTable[], sheets: readonly GridSheet[]): Array<{ text: string; sheet: string; row: number; column: number }> {
  return tables.flatMap((table) => {
    const sheet = sheets.find((each) => each.name === table.sheet);
    if (!sheet) return [];
    return table.rows
      .filter((row) => row.kind === 'banner' && row.row < table.headerRow)
      .flatMap((row) => {
        const column = rowTexts(sheet, row.row).findIndex(isFilled);
        return column < 0 ? [] : [{ text: rowTexts(sheet, row.row)[column] ?? '', sheet: sheet.name, row: row.row, column }];
      });
  });
}

/** Calls `visit` with each filled cell of one field's column in the data rows of the tables. */
function forEachDataCell(tables: readonly DetectedTable[], sheets: readonly GridSheet[], field: PlanField, visit: (text: string, sheet: string, row: number, column: number) => void): void {
  for (const table of tables) {
    const column = table.columns.findIndex((each) => each.field === field);
    const sheet = sheets.find((each) => each.name === table.sheet);
    if (column < 0 || !sheet) continue;
    // Indexed: this runs over every row of the table.
    for (let at = 0; at < table.rows.length; at++) {
      const classified = table.rows[at];
      if (classified?.kind !== 'data') continue;
      const text = sheet.rows[classified.row]?.[column]?.text ?? '';
      if (isFilled(text)) visit(text, sheet.name, classified.row, column);
    }
  }
}

/** The filled cells of one field's column in the data rows of the tables. */
function dataCells(tables: readonly DetectedTable[], sheets: readonly GridSheet[], field: PlanField): LocatedText[] {
  const cells: LocatedText[] = [];
  forEachDataCell(tables, sheets, field, (text, sheet, row, column) => cells.push({ text, sheet, cell: cellAddress(row, column) }));
  return cells;
}

/**
 * Turns a workbook picture into a Plan: finds the plan tables, maps their columns, rebuilds
 * sections, recommendations, actions and milestones, reads dates, leads (against a role key
 * sheet), ratings (words or fill colours) and progress notes, and accounts for every non-empty
 * cell (`fidelity.nonEmptyCells = mapped + kept + ignored.length`). Never throws on content.
 *
 * @example
 * const { plan, issues, fidelity } = interpretGrid(grid, { asOf: '2011-05-31' });
 * plan.actions.find((action) => action.ref === '1.1')?.due; // '2011-05-31'
 */
export function interpretGrid(input: Grid, options: InterpretOptions = {}): InterpretResult {
  const grid: Grid = { sheets: input.sheets.map(withoutMergeCopies) };
  const ledger = createLedger();
  const issues: PlanIssue[] = [];
  const chosen = grid.sheets.filter((sheet) => options.sheets === undefined || options.sheets.includes(sheet.name));
  const tables: DetectedTable[] = [];
  const people: Plan['people'] = [];
  const indicatorTables: IndicatorTable[] = [];
  const ignoreSheet = (name: string, reason: string): void => {
    const sheet = grid.sheets.find((each) => each.name === name);
    sheet?.rows.forEach((_, row) =>
      rowTexts(sheet, row).forEach((text, column) => {
        if (isFilled(text)) ledger.ignored(name, row, column, reason);
      }),
    );
  };
  for (const sheet of grid.sheets) {
    if (!chosen.includes(sheet)) {
      ignoreSheet(sheet.name, 'sheet not selected for import');
      continue;
    }
    const indicatorTable = readIndicators(sheet);
    if (indicatorTable) {
      indicatorTables.push(indicatorTable);
      for (const [row, column] of indicatorTable.cells) ledger.mapped(sheet.name, row, column);
      rowTexts(sheet, indicatorTable.headerRow).forEach((text, column) => {
        if (isFilled(text)) ledger.ignored(sheet.name, indicatorTable.headerRow, column, 'header row of the indicator table');
      });
      ignoreSheet(sheet.name, 'beside the indicator table');
      continue;
    }
    const found = detectTables(sheet, options.profile ? { profile: options.profile } : {});
    if (found.length > 0) {
      tables.push(...found);
      continue;
    }
    const key = readRoleKey(sheet);
    if (key) {
      people.push(...key.people);
      for (const [row, column] of key.cells) ledger.mapped(sheet.name, row, column);
      ignoreSheet(sheet.name, 'heading of the role key');
      continue;
    }
    ignoreSheet(sheet.name, 'sheet holds no plan table');
    if (sheet.rows.some((_, row) => rowTexts(sheet, row).some(isFilled))) {
      issues.push({ code: 'sheet-ignored', severity: 'info', message: `Sheet "${sheet.name}" holds no plan table; it was not imported.`, path: [], sheet: sheet.name });
    }
  }
  const planTables = tables.filter(isPlanTable);
  if (planTables.length === 0) {
    issues.push({ code: 'no-plan-table', severity: 'error', message: 'No sheet holds a table of actions with a header row the importer recognises.', path: [] });
  }
  const statusTexts: string[] = [];
  forEachDataCell(planTables, grid.sheets, 'status', (text) => statusTexts.push(text));
  const scheme = options.scheme ?? chooseScheme(statusTexts, tables.flatMap((table) => table.legend));
  const headings = headingTexts(tables, grid.sheets);
  const named = planTitle(planTables, grid.sheets);
  const title = named?.text ?? grid.sheets[0]?.name ?? 'Plan';
  if (named?.from === 'sheet') {
    issues.push({ code: 'title-from-sheet', severity: 'info', message: `No document title stands above the table, so the plan is named after its sheet, "${named.text}".`, path: [], sheet: named.sheet });
  }
  const plan = createPlan({ id: slug(title), title, asOf: options.asOf ?? null, ragScheme: scheme.id, people });
  const found = findInspection(headings.map((heading) => heading.text));
  const inspection = found || options.inspection ? { ...(found?.inspection ?? { id: 'inspection', bodies: [], title: 'Inspection', date: null, judgement: null }), ...options.inspection } : null;
  if (inspection) plan.inspections.push(inspection);
  const dateSource = found?.dateFrom == null ? undefined : headings[found.dateFrom];
  if (dateSource) ledger.mapped(dateSource.sheet, dateSource.row, dateSource.column);
  // Dates without a year are read near when the plan was written; timescales count from the inspection.
  const inspectionDate = inspection?.date ?? null;
  const referenceDate = options.referenceDate ?? options.asOf ?? inspectionDate ?? typicalPlanDate(planTables, grid.sheets);
  const context: BuildContext = {
    plan,
    issues,
    ledger,
    people,
    scheme,
    legend: {},
    uniqueId: uniqueIds(),
    citations: [],
    openSections: [],
    dateOptions: { ...(referenceDate === null ? {} : { referenceDate }), ...(inspectionDate === null ? {} : { anchor: inspectionDate }) },
  };
  for (const [index, table] of tables.entries()) {
    issues.push(...table.issues);
    // Headings stay open across the tables of a sheet (a theme above a header variant), not across sheets.
    if (tables[index - 1]?.sheet !== table.sheet) context.openSections.length = 0;
    if (table.legend.length > 0) context.legend = legendColours(table.legend, scheme);
    const sheet = grid.sheets.find((each) => each.name === table.sheet);
    if (sheet) buildTable(table, sheetView(sheet), context);
  }
  issues.push(...resolveCitations(context.citations, plan.recommendations));
  if (inspection) resolveRecommendationDues(plan, inspection);
  plan.indicators = indicatorTables.flatMap((table) => linkIndicators(table, plan.recommendations));
  if (options.asOf === undefined && planTables.length > 0) {
    const inferred = inferAsOf(
      plan,
      {
        title: named?.cell == null ? null : { text: named.text, sheet: named.sheet, cell: named.cell },
        reviewed: dataCells(planTables, grid.sheets, 'reviewed'),
        headings: headings.map((heading) => ({ text: heading.text, sheet: heading.sheet, cell: cellAddress(heading.row, heading.column) })),
      },
      inspectionDate,
      context.dateOptions,
    );
    plan.asOf = inferred.asOf;
    issues.push(inferred.issue);
  }
  return { plan, issues, fidelity: accountForCells(grid, ledger), tables, mapping: planTables[0]?.columns ?? [] };
}
