import { cellAddress, findLevel } from '@actionplan/core';
import type { Grid } from '@actionplan/core';
import { parseA1 } from '../office/a1';
import type { RatingChange } from '../office/writeRatings';
import type { Analysis } from './analyseGrid';

function gridText(grid: Grid, sheet: string, cell: string): string {
  const at = parseA1(cell);
  const rows = grid.sheets.find((s) => s.name === sheet)?.rows;
  return at === null ? '' : (rows?.[at.top]?.[at.left]?.text ?? '');
}

/** The column the plan's ratings were read from, from any action that had one (0-based), per sheet. */
function ragColumns(analysis: Analysis): Map<string, number> {
  const columns = new Map<string, number>();
  for (const action of analysis.plan.actions) {
    const cell = action.source?.cells?.['rag'];
    const at = cell === undefined ? null : parseA1(cell);
    if (action.source && at !== null && !columns.has(action.source.sheet)) columns.set(action.source.sheet, at.left);
  }
  return columns;
}

/**
 * The ratings "Apply" would write: for every action whose derived rating differs from the one the
 * sheet reports, its RAG cell, the cell's current text and the scheme's word for the derived level,
 * with the reason. Actions on sheets without a RAG column are left out (there is nowhere to write).
 *
 * @example
 * ratingChanges(analysis, grid)[0]; // { sheet: 'Action plan', cell: 'J5', ref: '1.1', old: 'Amber', new: 'Red', reason: 'Red: due 28 Feb 2017, …' }
 */
export function ratingChanges(analysis: Analysis, grid: Grid): RatingChange[] {
  const columns = ragColumns(analysis);
  const byId = new Map(analysis.plan.actions.map((action) => [action.id, action]));
  return analysis.report.ratings.flatMap((rated) => {
    const action = byId.get(rated.action.id);
    const source = action?.source;
    const derived = findLevel(analysis.scheme, rated.derived.level);
    if (!action || !source || !derived || rated.derived.level === rated.reported.level) return [];
    const column = columns.get(source.sheet);
    const cell = source.cells?.['rag'] ?? (column === undefined ? undefined : cellAddress(source.row - 1, column));
    if (cell === undefined) return [];
    const old = gridText(grid, source.sheet, cell);
    if (old === derived.label) return [];
    return [{ sheet: source.sheet, cell, ref: action.ref ?? action.title, old, new: derived.label, reason: rated.reason }];
  });
}
