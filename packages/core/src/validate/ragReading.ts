import type { Action } from '../model/index';
import type { RagLevel, RagScheme } from '../rag/index';

/**
 * The level of the scheme an action reports, or undefined when it reports none or one the scheme
 * does not have (`unknown-rag` reports those).
 *
 * @example
 * reportedLevel(createAction({ id: 'a', rag: 'green' }), getScheme('rag')!)?.label; // 'Green'
 */
export function reportedLevel(action: Action, scheme: RagScheme | undefined): RagLevel | undefined {
  return action.rag === null ? undefined : scheme?.levels.find((level) => level.id === action.rag);
}

function rated(scheme: RagScheme): RagLevel[] {
  return scheme.levels.filter((level) => !level.complete && !isNoData(level));
}

function isNoData(level: RagLevel): boolean {
  return level.id === 'grey';
}

/**
 * Whether a level says "on track": the best level short of complete (Green in RAG and BRAG,
 * "Action in progress and on track" in seed 000's key). Seed 003 shows Green standing for done
 * and not-yet-started work alike, so on track is all it promises.
 *
 * @example
 * isOnTrackLevel(getScheme('brag')!.levels.find((l) => l.id === 'green')!, getScheme('brag')!); // true
 */
export function isOnTrackLevel(level: RagLevel, scheme: RagScheme): boolean {
  const levels = rated(scheme);
  return levels.includes(level) && level.severity === Math.min(...levels.map((candidate) => candidate.severity));
}

/**
 * Whether a level is the scheme's worst: Red, or seed 000's "Not achieved / not on track support
 * required".
 *
 * @example
 * isWorstLevel(getScheme('rag')!.levels.find((l) => l.id === 'red')!, getScheme('rag')!); // true
 */
export function isWorstLevel(level: RagLevel, scheme: RagScheme): boolean {
  const levels = rated(scheme);
  return levels.includes(level) && level.severity === Math.max(...levels.map((candidate) => candidate.severity));
}
