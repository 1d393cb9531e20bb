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
 * Rolls child ratings up into one: the worst (highest severity), the best, or the most common level
 * among `levels`. Missing ratings and ids outside the scheme are left out; grey ("no data") counts
 * only when nothing else is rated. A majority tie goes to the worse level. Null when nothing is rated.
 *
 * @example
 * rollUp(['green', 'amber', 'green'], ragScheme); // 'amber'
 * rollUp(['green', 'amber', 'green'], ragScheme, 'majority'); // 'green'
 */
export function rollUp(levels: Iterable<RagLevelId | null | undefined>, scheme: RagScheme, method: RollUpMethod = 'worst'): RagLevelId | null {
  const tally = new RollUpTally(scheme, method);
  for (const id of levels) tally.add(id);
  return tally.result();
}

/**
 * {@link rollUp} one rating at a time, so a plan's roll-up keeps no list of its children's ratings:
 * `add` each in order, then read `result()`.
 *
 * @example
 * const tally = new RollUpTally(ragScheme, 'worst');
 * tally.add('green'); tally.add('amber');
 * tally.result(); // 'amber'
 */
export class RollUpTally {
  private readonly byId: Map<RagLevelId, RagLevel>;
  private firstKnown: RagLevel | undefined;
  private chosen: RagLevel | undefined;
  private counts: Map<RagLevel, number> | undefined;

  constructor(
    scheme: RagScheme,
    private readonly method: RollUpMethod,
  ) {
    this.byId = levelsById(scheme);
  }

  add(id: RagLevelId | null | undefined): void {
    const level = id == null ? undefined : this.byId.get(id);
    if (level === undefined) return;
    this.firstKnown ??= level;
    if (level.noData) return;
    if (this.method === 'majority') {
      this.counts ??= new Map();
      this.counts.set(level, (this.counts.get(level) ?? 0) + 1);
    }
    // Among equally severe levels, the first is best and the last is worst, as a stable sort gives them.
    const { chosen } = this;
    if (chosen === undefined || (this.method === 'best' ? level.severity < chosen.severity : level.severity >= chosen.severity)) this.chosen = level;
  }

  result(): RagLevelId | null {
    if (this.chosen === undefined) return this.firstKnown?.id ?? null;
    return this.counts === undefined ? this.chosen.id : mostCommon(this.counts).id;
  }
}

function mostCommon(counts: Map<RagLevel, number>): RagLevel {
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
