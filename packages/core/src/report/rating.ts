import type { RagLevelId } from '../model/plan';
import type { RagScheme } from '../rag';
import { levelLabel } from './levels';

/** A rating with the scheme's word for it: `{ level: 'amber', label: 'Amber' }`, or `Not rated`. */
export interface Rating {
  level: RagLevelId | null;
  label: string;
}

/**
 * A level id with its label, so data handed to a renderer or a JSON reader says the word, not just the id.
 *
 * @example
 * ratingOf('amber', ragScheme); // { level: 'amber', label: 'Amber' }
 */
export function ratingOf(level: RagLevelId | null, scheme: RagScheme): Rating {
  return { level, label: levelLabel(level, scheme) };
}
