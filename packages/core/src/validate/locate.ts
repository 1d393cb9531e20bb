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
  const path = subPath.length === 0 ? ['actions', index, field] : ['actions', index, field, ...subPath];
  return located({ message, path, ref: action.ref }, action.source, field);
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
  return located({ message, path: ['recommendations', index, field], ref: recommendation.code }, recommendation.source, field);
}

/** Adds the sheet and cell a field came from; one object per finding, as findings run to tens of thousands. */
function located(finding: RuleFinding, source: Action['source'], field: string): RuleFinding {
  if (source === null) return finding;
  finding.sheet = source.sheet;
  const cell = source.cells?.[field];
  if (cell !== undefined) finding.cell = cell;
  return finding;
}
