import type { RagLevelId } from '../model/plan';
import type { RagScheme } from '../rag';
import { levelLabel } from './levels';
import type { LevelCount, RatedAction } from './progressReport';

/**
 * How many of a group's actions sit at each level, and how many actions it has.
 *
 * @example
 * const { actionCount, counts }: GroupCount = countGroup('rec-1'); // 3, [{ level: 'red', label: 'Red', reported: 1, derived: 2 }, …]
 */
export interface GroupCount {
  actionCount: number;
  counts: LevelCount[];
}

/**
 * Counts ratings by level for one scheme, indexed once for the whole report (a plan has
 * thousands of recommendations, each counted).
 *
 * @example
 * const counter = levelCounter(ragScheme);
 * counter.count(report.ratings); // [{ level: 'red', label: 'Red', reported: 4, derived: 6 }, …, { level: null, label: 'Not rated', … }]
 */
export interface LevelCounter {
  /**
   * Counts ratings (those at the given positions, or all) by level: the scheme's levels, then
   * "Not rated", then any rating outside the scheme under its own id, in the order met.
   */
  count(ratings: readonly RatedAction[], at?: readonly number[]): LevelCount[];
  /** The counts of each group from its members' positions, made afresh on each call. */
  countGroups(ratings: readonly RatedAction[], members: ReadonlyMap<string, readonly number[]>): (group: string) => GroupCount;
}

/**
 * The {@link LevelCounter} of a scheme.
 *
 * @example
 * levelCounter(ragScheme).count([]).map((count) => count.label); // ['Red', 'Amber', 'Green', 'Not rated']
 */
export function levelCounter(scheme: RagScheme): LevelCounter {
  const slots = new Map<RagLevelId, number>();
  const ids: RagLevelId[] = [];
  for (const level of scheme.levels) {
    if (slots.has(level.id)) continue;
    slots.set(level.id, ids.length);
    ids.push(level.id);
  }
  const labels = ids.map((id) => levelLabel(id, scheme));
  const notRated = ids.length;
  const count = (ratings: readonly RatedAction[], at?: readonly number[]): LevelCount[] => {
    const reported = new Array<number>(notRated + 1).fill(0);
    const derived = new Array<number>(notRated + 1).fill(0);
    let outside: Map<RagLevelId, LevelCount> | undefined;
    const outsideCount = (level: RagLevelId): LevelCount => {
      outside ??= new Map();
      let found = outside.get(level);
      if (found === undefined) {
        found = { level, label: levelLabel(level, scheme), reported: 0, derived: 0 };
        outside.set(level, found);
      }
      return found;
    };
    const length = at === undefined ? ratings.length : at.length;
    for (let k = 0; k < length; k += 1) {
      const rated = ratings[at === undefined ? k : at[k]!]!;
      const r = rated.reported.level;
      const d = rated.derived.level;
      const rs = r === null ? notRated : slots.get(r);
      if (rs === undefined) outsideCount(r!).reported += 1;
      else reported[rs]! += 1;
      const ds = d === null ? notRated : slots.get(d);
      if (ds === undefined) outsideCount(d!).derived += 1;
      else derived[ds]! += 1;
    }
    const counts: LevelCount[] = ids.map((level, slot) => ({ level, label: labels[slot]!, reported: reported[slot]!, derived: derived[slot]! }));
    counts.push({ level: null, label: levelLabel(null, scheme), reported: reported[notRated]!, derived: derived[notRated]! });
    if (outside !== undefined) counts.push(...outside.values());
    return counts;
  };
  return {
    count,
    countGroups: (ratings, members) => (group) => {
      const at = members.get(group) ?? [];
      return { actionCount: at.length, counts: count(ratings, at) };
    },
  };
}
