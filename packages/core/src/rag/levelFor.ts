import type { RagLevel, RagScheme } from './scheme';

/**
 * What a rating means, independent of any scheme: done, fine, needs attention, in trouble, or
 * nothing to rate yet.
 *
 * @example
 * levelFor(dca5Scheme, 'at-risk' satisfies LevelIntent)?.label; // 'Amber'
 */
export type LevelIntent = 'complete' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/**
 * The levels that rate delivery (neither complete nor "no data"), best first.
 *
 * @example
 * ordinaryLevels(bragScheme).map((level) => level.id); // ['green', 'amber', 'red']
 */
export function ordinaryLevels(scheme: RagScheme): RagLevel[] {
  return scheme.levels.filter((level) => !level.complete && !level.noData).sort((a, b) => a.severity - b.severity);
}

/**
 * The level of a scheme that says `intent`. `complete` is the best complete level (undefined when
 * the scheme has none, as plain RAG); `no-data` the grey level (undefined without one); `on-track`
 * the best ordinary level; `off-track` the worst; `at-risk` the middle one, rounding towards worse
 * (Amber of RAG, Amber of the five-point scale). `supportRequired` picks the Haringey key's
 * "support required" level where the scheme has one, and keeps away from it when false.
 *
 * @example
 * levelFor(ragScheme, 'at-risk')?.id; // 'amber'
 * levelFor(haringey2011Scheme, 'off-track', { supportRequired: false })?.id; // 'amber'
 */
export function levelFor(scheme: RagScheme, intent: LevelIntent, options: { supportRequired?: boolean | null } = {}): RagLevel | undefined {
  // Asked once per derived rating, so remembered per scheme (schemes are not edited in place).
  let known = chosen.get(scheme);
  if (known === undefined) {
    known = new Map();
    chosen.set(scheme, known);
  }
  let choices = known.get(intent);
  if (choices === undefined) {
    choices = [unknown, unknown, unknown];
    known.set(intent, choices);
  }
  const slot = supportSlot(options.supportRequired);
  let level = choices[slot];
  if (level === unknown) {
    level = chooseLevel(scheme, intent, options);
    choices[slot] = level;
  }
  return level;
}

// Per scheme and intent, the level chosen for each value of `supportRequired` (see supportSlot).
const chosen = new WeakMap<RagScheme, Map<LevelIntent, Array<RagLevel | undefined | typeof unknown>>>();
const unknown = Symbol('not chosen yet');

// Only true and false change the choice: null, undefined (and anything else) choose alike.
function supportSlot(supportRequired: boolean | null | undefined): number {
  if (supportRequired === true) return 1;
  return supportRequired === false ? 2 : 0;
}

function chooseLevel(scheme: RagScheme, intent: LevelIntent, options: { supportRequired?: boolean | null }): RagLevel | undefined {
  if (intent === 'complete') return scheme.levels.filter((level) => level.complete).sort((a, b) => a.severity - b.severity)[0];
  if (intent === 'no-data') return scheme.levels.find((level) => level.noData);
  const ordinary = ordinaryLevels(scheme);
  if (intent === 'on-track') return ordinary[0];
  const { supportRequired } = options;
  if (supportRequired === true) {
    const support = ordinary.find((level) => level.supportRequired === true);
    if (support) return support;
  }
  const allowed = supportRequired === false ? ordinary.filter((level) => level.supportRequired !== true) : ordinary;
  const levels = allowed.length > 0 ? allowed : ordinary;
  return intent === 'off-track' ? levels[levels.length - 1] : levels[Math.ceil((levels.length - 1) / 2)];
}
