import type { RagLevelId } from '../model/plan';
import { findLevel, type RagScheme } from './scheme';

/**
 * How a reported rating stands against the derived one.
 *
 * @example
 * const comparison: RatingComparison = compareRatings(action.rag, derived.level, scheme);
 */
export type RatingComparison = 'same' | 'reported-better' | 'reported-worse' | 'not-comparable';

/**
 * Compares a reported rating with the derived one for a side-by-side report. Levels compare by
 * severity, so Blue and Green differ in BRAG. `not-comparable` when either is missing, not a level
 * of the scheme, or grey ("no data" says nothing about delivery).
 *
 * @example
 * compareRatings('amber', 'red', ragScheme); // 'reported-better' (003 1.1, as of 30 April 2017)
 */
export function compareRatings(reported: RagLevelId | null, derived: RagLevelId | null, scheme: RagScheme): RatingComparison {
  const a = findLevel(scheme, reported);
  const b = findLevel(scheme, derived);
  if (!a || !b || a.noData || b.noData) return a && b && a.id === b.id ? 'same' : 'not-comparable';
  if (a.severity === b.severity) return 'same';
  return a.severity < b.severity ? 'reported-better' : 'reported-worse';
}
