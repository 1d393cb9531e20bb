import type { RagLevelId } from '../model/plan';
import type { RagLevel, RagScheme } from './scheme';

/**
 * How child ratings combine: the worst child (the default), the best, or the most common.
 *
 * @example
 * rollUp(levels, scheme, 'majority' satisfies RollUpMethod);
 */
export type RollUpMethod = 'worst' | 'best' | 'majority';

/**
 * One rating for many: the worst, best or most common level among `levels`. Missing ratings and
 * ids outside the scheme are left out; grey ("no data") counts only when nothing else is rated.
 * A majority tie goes to the worse level. Null when nothing is rated.
 *
 * @example
 * rollUp(['green', 'amber', 'green'], ragScheme); // 'amber'
 * rollUp(['green', 'amber', 'green'], ragScheme, 'majority'); // 'green'
 */
export function rollUp(levels: Iterable<RagLevelId | null | undefined>, scheme: RagScheme, method: RollUpMethod = 'worst'): RagLevelId | null {
  const byId = levelsById(scheme);
  const known = [...levels].map((id) => (id == null ? undefined : byId.get(id))).filter((level) => level !== undefined);
  const rated = known.filter((level) => !level.noData);
  if (rated.length === 0) return known[0]?.id ?? null;
  if (method === 'majority') return mostCommon(rated).id;
  // Among equally severe levels, the first is best and the last is worst, as a stable sort gives them.
  let chosen = rated[0]!;
  for (const level of rated) {
    if (method === 'best' ? level.severity < chosen.severity : level.severity >= chosen.severity) chosen = level;
  }
  return chosen.id;
}

function mostCommon(levels: RagLevel[]): RagLevel {
  const counts = new Map<RagLevel, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || b.severity - a.severity)[0]![0];
}

// A plan rolls up once per recommendation and section: the scheme's levels are indexed once.
const indexed = new WeakMap<RagScheme, Map<RagLevelId, RagLevel>>();

function levelsById(scheme: RagScheme): Map<RagLevelId, RagLevel> {
  let byId = indexed.get(scheme);
  if (byId === undefined) {
    byId = new Map(scheme.levels.map((level) => [level.id, level]));
    indexed.set(scheme, byId);
  }
  return byId;
}
