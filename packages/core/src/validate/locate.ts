import type { Action, Recommendation } from '../model/index';
import type { RuleFinding } from './rule';

/**
 * A finding about one field of an action: its path in the plan, its ref, and, when the action came
 * from a workbook, the sheet and the cell that field was read from.
 *
 * @example
 * actionFinding(action, 12, 'due', 'The due date "31.9.12" is not a real date.');
 * // { message, path: ['actions', 12, 'due'], ref: '(1)', sheet: 'Plan', cell: 'E41' }
 */
export function actionFinding(
  action: Action,
  index: number,
  field: keyof Action,
  message: string,
  subPath: Array<string | number> = [],
): RuleFinding {
  const finding: RuleFinding = { message, path: ['actions', index, field, ...subPath], ref: action.ref };
  return { ...finding, ...sourceCell(action.source, field) };
}

/**
 * A finding about one field of a recommendation, located like {@link actionFinding}.
 *
 * @example
 * recommendationFinding(rec, 0, 'id', 'Recommendation S1 has no action.');
 */
export function recommendationFinding(
  recommendation: Recommendation,
  index: number,
  field: keyof Recommendation,
  message: string,
): RuleFinding {
  const finding: RuleFinding = { message, path: ['recommendations', index, field], ref: recommendation.code };
  return { ...finding, ...sourceCell(recommendation.source, field) };
}

function sourceCell(source: Action['source'], field: string): { sheet?: string; cell?: string } {
  if (source === null) return {};
  const cell = source.cells?.[field];
  return cell === undefined ? { sheet: source.sheet } : { sheet: source.sheet, cell };
}
