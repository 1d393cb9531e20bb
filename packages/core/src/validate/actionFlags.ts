import type { Action } from '../model/index';
import type { PlanFacts, RagScheme } from '../rag/index';
import { levelFor } from '../rag/index';
import type { RefReading } from './refNumber';
import type { RuleFinding } from './rule';

/**
 * What a quick look at an action's own fields says it may hold for the rules, one bit each. The
 * rules that check a field of every action read these bits in one typed array rather than walking
 * 100,000 action objects each (on a plan that size, a walk that only trims each title costs tens of
 * milliseconds), and look at the actions flagged.
 *
 * @example
 * if (flags[index]! & ActionFlag.blankTitle) report(plan.actions[index]!);
 */
export const ActionFlag = {
  /** The title is blank (`missing-title`). */
  blankTitle: 1,
  /** Every lead is blank (`missing-lead`, for actions without children). */
  blankLeads: 2,
  /** No due date and no due text (`missing-due-date`, for actions without children). */
  noDue: 4,
  /** A date only looks real, or a date text is kept without a date (`invalid-date` looks closer). */
  dateToCheck: 8,
  /** Both dates are real and the start's first day is after the due date's last (`start-after-due`). */
  startAfterDue: 16,
  /** Rated at a level the scheme does not have (`unknown-rag`). */
  ragOutsideScheme: 32,
  /** Rated at the scheme's on-track level (`green-but-overdue`, `green-with-negative-comment`). */
  ragOnTrack: 64,
  /** Rated at the scheme's worst level (`red-but-complete`). */
  ragWorst: 128,
  /** Cites a recommendation the plan does not hold (`unknown-recommendation`). */
  citesUnknown: 256,
  /** A child (it has a parent) with a numbered ref (`ref-outside-parent`). */
  numberedChild: 512,
} as const;

/**
 * What {@link flagAction} compares an action with, worked out once per run.
 *
 * @example
 * const lookups = flagLookups(plan.recommendations, scheme);
 */
export interface FlagLookups {
  levelIds: ReadonlySet<string> | undefined;
  onTrack: string | undefined;
  worst: string | undefined;
  recommendationIds: ReadonlySet<string>;
}

/**
 * The lookups of a run: the scheme's levels (none when the scheme is unknown) and the plan's recommendations.
 *
 * @example
 * flagLookups(plan.recommendations, getScheme('rag')).onTrack; // 'green'
 */
export function flagLookups(recommendations: ReadonlyArray<{ id: string }>, scheme: RagScheme | undefined): FlagLookups {
  return {
    levelIds: scheme === undefined ? undefined : new Set(scheme.levels.map((level) => level.id)),
    onTrack: scheme === undefined ? undefined : levelFor(scheme, 'on-track')?.id,
    worst: scheme === undefined ? undefined : levelFor(scheme, 'off-track')?.id,
    recommendationIds: new Set(recommendations.map((recommendation) => recommendation.id)),
  };
}

/**
 * The {@link ActionFlag} bits of one action.
 *
 * @example
 * flagAction(createAction({ id: 'a', title: ' ' }), null, lookups, facts) & ActionFlag.blankTitle; // 1
 */
export function flagAction(action: Action, ref: RefReading | null, lookups: FlagLookups, facts: PlanFacts): number {
  const { title, leads, start, due, startText, dueText, rag, recommendationIds } = action;
  let flags = 0;
  if (isBlank(title)) flags |= ActionFlag.blankTitle;
  if (leads.every(isBlank)) flags |= ActionFlag.blankLeads;
  if (due === null && (dueText === null || isBlank(dueText))) flags |= ActionFlag.noDue;
  const startDays = facts.days(start);
  const dueDays = facts.days(due);
  if (unusable(start, startDays, startText) || unusable(due, dueDays, dueText)) flags |= ActionFlag.dateToCheck;
  if (startDays !== undefined && dueDays !== undefined && startDays.first > dueDays.last) flags |= ActionFlag.startAfterDue;
  if (rag !== null) {
    if (lookups.levelIds !== undefined && !lookups.levelIds.has(rag)) flags |= ActionFlag.ragOutsideScheme;
    if (rag === lookups.onTrack) flags |= ActionFlag.ragOnTrack;
    if (rag === lookups.worst) flags |= ActionFlag.ragWorst;
  }
  for (const id of recommendationIds) {
    if (!lookups.recommendationIds.has(id)) {
      flags |= ActionFlag.citesUnknown;
      break;
    }
  }
  if (action.parentId !== null && ref?.number != null) flags |= ActionFlag.numberedChild;
  return flags;
}

/**
 * Runs a check over the actions carrying a flag, in plan order, and gathers what it finds: the
 * flagged counterpart of `collect`.
 *
 * @example
 * collectFlagged(plan.actions, flags, ActionFlag.blankTitle, (action, index) => actionFinding(action, index, 'title', message));
 */
export function collectFlagged(
  actions: readonly Action[],
  flags: Uint16Array,
  flag: number,
  check: (action: Action, index: number) => RuleFinding | readonly RuleFinding[] | undefined,
): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (let index = 0; index < flags.length; index += 1) {
    if ((flags[index]! & flag) === 0) continue;
    const result = check(actions[index]!, index);
    if (result === undefined) continue;
    if (Array.isArray(result)) found.push(...(result as readonly RuleFinding[]));
    else found.push(result as RuleFinding);
  }
  return found;
}

/** Whether `invalid-date` may have something to say of a date: one that only looks real, or text that gave no date. */
function unusable(date: string | null, days: object | undefined, text: string | null): boolean {
  return date === null ? text !== null && !isBlank(text) : days === undefined;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}
