import type { RagLevelId } from '../model/plan';
import { compareRatings, findLevel, ordinaryLevels } from '../rag';
import type { RagScheme } from '../rag';

/** Whether a rating moved to a better or worse level of its scheme, or to one that cannot be ordered. */
export type RagDirection = 'improved' | 'worsened' | 'changed';

/**
 * A rating as a word a reader sees: the scheme's label (`Amber`), the id itself when the scheme does not
 * know it, or `Not rated`. Reports always print this word, never a colour alone.
 *
 * @example
 * levelLabel('amber', ragScheme); // 'Amber'
 * levelLabel(null, ragScheme); // 'Not rated'
 */
export function levelLabel(id: RagLevelId | null, scheme: RagScheme): string {
  if (id === null) return 'Not rated';
  return findLevel(scheme, id)?.label ?? id;
}

/**
 * Which way a rating moved, by the scheme's severity (lower is better). A move from or to no rating, the
 * grey "no data" level, or a level outside the scheme cannot be ordered, so it is `changed`.
 *
 * @example
 * ragDirection('amber', 'green', ragScheme); // 'improved'
 */
export function ragDirection(from: RagLevelId | null, to: RagLevelId | null, scheme: RagScheme): RagDirection {
  const comparison = compareRatings(to, from, scheme);
  if (comparison === 'reported-better') return 'improved';
  return comparison === 'reported-worse' ? 'worsened' : 'changed';
}

/**
 * Red and amber, in any scheme: a level that rates delivery (neither complete nor "no data") and is worse
 * than the scheme's on-track level (Green in RAG; Amber/Green counts, being partly amber).
 *
 * @example
 * isExceptionLevel('amber', ragScheme); // true
 * isExceptionLevel('green', ragScheme); // false
 */
export function isExceptionLevel(id: RagLevelId | null, scheme: RagScheme): boolean {
  const [onTrack, ...worse] = ordinaryLevels(scheme);
  return onTrack !== undefined && worse.some((level) => level.id === id && level.severity > onTrack.severity);
}

/**
 * The ids of a scheme's red and amber levels (see {@link isExceptionLevel}), to test many ratings against.
 *
 * @example
 * exceptionLevelIds(ragScheme); // Set { 'amber', 'red' }
 */
export function exceptionLevelIds(scheme: RagScheme): Set<RagLevelId | null> {
  const [onTrack, ...worse] = ordinaryLevels(scheme);
  const ids = new Set<RagLevelId | null>();
  if (onTrack !== undefined) for (const level of worse) if (level.severity > onTrack.severity) ids.add(level.id);
  return ids;
}
