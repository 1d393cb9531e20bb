import { daysBetween, firstDay, formatDate, lastDay } from '../dates';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Action, RagLevelId } from '../model/plan';
import { deliveryEvidence, type DeliveryEvidence } from './deliveryEvidence';
import { levelFor, type LevelIntent } from './levelFor';
import type { RagLevel, RagScheme } from './scheme';
import { tryDate } from './tryDate';
import { waitingOn } from './waitingOn';

/**
 * What {@link deriveRag} needs besides the action.
 *
 * @example
 * const context: DeriveRagContext = { asOf: '2017-04-30', scheme: ragScheme, actionsById: new Map(plan.actions.map((a) => [a.id, a])) };
 */
export interface DeriveRagContext {
  /** The day the rating describes. */
  asOf: IsoDay;
  scheme: RagScheme;
  /** Every action of the plan by id, to see whether the actions this one waits for are complete. */
  actionsById?: ReadonlyMap<string, Action>;
  /** How near a due date counts as "due soon" (default 28 days: before the next monthly board). */
  dueSoonDays?: number;
}

/**
 * The rule that decided a derived rating, in the order the rules are tried.
 *
 * @example
 * if (deriveRag(action, context).rule === 'overdue') overdue.push(action);
 */
export type RagRule =
  | 'complete'
  | 'overdue'
  | 'waiting-on-predecessor'
  | 'blocked'
  | 'off-track-words'
  | 'negative-words'
  | 'not-started'
  | 'due-soon'
  | 'on-track'
  | 'no-evidence';

/**
 * A derived rating with the rule that gave it and why, in words an officer understands.
 *
 * @example
 * const { level, reason }: DerivedRag = deriveRag(action, context); // 'red', 'Red: due 31 May 2011, 52 days ago, not complete'
 */
export interface DerivedRag {
  level: RagLevelId;
  rule: RagRule;
  /** `Red: due 31 May 2011, 52 days ago, not complete`. */
  reason: string;
  overdue: boolean;
  daysOverdue?: number;
  dueSoon?: boolean;
}

/**
 * The default for {@link DeriveRagContext.dueSoonDays}.
 *
 * @example
 * deriveRag(action, { asOf, scheme, dueSoonDays: defaultDueSoonDays * 2 });
 */
export const defaultDueSoonDays = 28;

/**
 * Rates an action as of a day from its own evidence: its due date at its precision (a month falls
 * due on its last day: `Feb-17` is due 28 February 2017), its delivery status (or its latest
 * progress entry's), its progress words and the actions it waits for. The rules, first match wins:
 *
 * 1. `complete` → the scheme's complete level (Blue), else its best (Green);
 * 2. `overdue`: past due and not complete → off track (Red; the Haringey key's "support required"
 *    unless the action says no support is required);
 * 3. `waiting-on-predecessor`: an action it waits for is not complete → at risk (Amber), naming it;
 * 4. `blocked`: held or blocked with nothing named → at risk;
 * 5. `off-track-words`: the words say it has slipped (`Not achieved`, `Not yet consistently embedded`) → at risk;
 * 6. `negative-words`: the latest note contradicts a Green (`not working`) → at risk;
 * 7. `not-started`: starts after the day, or says it has not started → grey, else Green saying so;
 * 8. `due-soon`: due within `dueSoonDays` → on track, flagged;
 * 9. `on-track` with a due date, else `no-evidence` (grey where the scheme has it, else Green saying so).
 *
 * @example
 * deriveRag(milestone231, { asOf: '2011-07-22', scheme: ragScheme });
 * // { level: 'red', rule: 'overdue', reason: 'Red: due 31 May 2011, 52 days ago, not complete', overdue: true, daysOverdue: 52 }
 */
export function deriveRag(action: Action, context: DeriveRagContext): DerivedRag {
  const { asOf, scheme, actionsById, dueSoonDays = defaultDueSoonDays } = context;
  const evidence = deliveryEvidence(action, actionsById);
  const due = action.due === null ? undefined : dueDay(action.due);
  const daysLeft = due === undefined ? undefined : daysBetween(asOf, due.day);
  const support = { supportRequired: evidence.supportRequired };
  const rate = (intent: LevelIntent, rule: RagRule, why: string, extra: Partial<DerivedRag> = {}): DerivedRag => {
    const level = levelFor(scheme, intent, support) ?? fallback(scheme, intent);
    const said = intent === 'no-data' && level.noData !== true ? `${why} (the scheme has no grey level)` : why;
    return { level: level.id, rule, reason: `${level.label}: ${said}`, overdue: false, ...extra };
  };

  if (evidence.status === 'complete') return rate('complete', 'complete', completeWhy(evidence, due));
  if (due && daysLeft !== undefined && daysLeft < 0) {
    const daysOverdue = -daysLeft;
    return rate('off-track', 'overdue', `due ${due.words}, ${dayCount(daysOverdue)} ago, not complete`, { overdue: true, daysOverdue });
  }
  const waits = actionsById ? waitingOn(action, actionsById) : [];
  if (waits.length > 0) {
    return rate('at-risk', 'waiting-on-predecessor', `waits for ${listOf(waits.map(nameOf))}, not complete yet${dueClause(due, daysLeft)}`);
  }
  if (evidence.status === 'blocked') return rate('at-risk', 'blocked', `blocked${quoted(evidence)}${dueClause(due, daysLeft)}`);
  if (evidence.reading.onTrack === false || evidence.supportRequired === true) {
    const why = evidence.reading.onTrack === false ? `the latest note says ${wordsOf(evidence)}` : 'support is required';
    return rate('at-risk', 'off-track-words', `${why}${dueClause(due, daysLeft)}`);
  }
  const [negative] = evidence.negatives;
  if (negative !== undefined) return rate('at-risk', 'negative-words', `the latest note says "${negative}"${dueClause(due, daysLeft)}`);
  const start = action.start;
  const startsLater = startsAfter(start, asOf) && evidence.status !== 'in-progress';
  if (startsLater || evidence.status === 'not-started') {
    const when = startsLater && start !== null ? `starts ${formatDate(start)}, not started yet` : `not started${quoted(evidence)}`;
    return rate('no-data', 'not-started', `${when}${dueClause(due, daysLeft)}`);
  }
  if (due && daysLeft !== undefined) {
    const soon = daysLeft <= dueSoonDays;
    return rate('on-track', soon ? 'due-soon' : 'on-track', `${dueWords(due, daysLeft)}${inProgress(evidence)}`, soon ? { dueSoon: true } : {});
  }
  if (evidence.status === 'in-progress') return rate('on-track', 'on-track', `no due date${inProgress(evidence)}`);
  return rate('no-data', 'no-evidence', 'no due date and no status to rate it on');
}

interface DueDay {
  day: IsoDay;
  /** `31 May 2011`, or `28 February 2017 (end of February 2017)` for a month. */
  words: string;
}

function dueDay(due: PartialDate): DueDay | undefined {
  const day = tryDate(() => lastDay(due));
  if (day === undefined) return undefined;
  const words = formatDate(day);
  return { day, words: day === due ? words : `${words} (end of ${formatDate(due)})` };
}

function fallback(scheme: RagScheme, intent: LevelIntent): RagLevel {
  // Every valid scheme has an ordinary level, so on-track always exists.
  const level = intent === 'complete' || intent === 'no-data' ? levelFor(scheme, 'on-track') : undefined;
  if (!level) throw new Error(`RAG scheme "${scheme.id}" has no level for "${intent}": check it with defineScheme`);
  return level;
}

function completeWhy(evidence: DeliveryEvidence, due: DueDay | undefined): string {
  const words = evidence.reading.status === 'complete' && evidence.reading.statusText ? `, ${wordsOf(evidence)}` : '';
  const when = evidence.writtenIn ? ` in ${evidence.writtenIn}` : '';
  return `complete${words}${when}${due ? `; was due ${due.words}` : ''}`;
}

function startsAfter(start: PartialDate | null, asOf: IsoDay): boolean {
  const first = start === null ? undefined : tryDate(() => firstDay(start));
  return first !== undefined && first > asOf;
}

function dueWords(due: DueDay, daysLeft: number): string {
  return daysLeft === 0 ? `due today (${due.words})` : `due ${due.words}, in ${dayCount(daysLeft)}`;
}

function dueClause(due: DueDay | undefined, daysLeft: number | undefined): string {
  return due && daysLeft !== undefined ? `, ${dueWords(due, daysLeft)}` : '';
}

/** The status words quoted, and whose they are when shared: `"On track" (as (1))`. */
function wordsOf(evidence: DeliveryEvidence): string {
  const quoted = `"${evidence.reading.statusText ?? ''}"`;
  return evidence.sharedWith ? `${quoted} (as ${nameOf(evidence.sharedWith)})` : quoted;
}

function quoted(evidence: DeliveryEvidence): string {
  return evidence.reading.statusText ? ` (${wordsOf(evidence)})` : '';
}

function inProgress(evidence: DeliveryEvidence): string {
  if (evidence.reading.statusText && evidence.reading.status === evidence.status) return `, ${wordsOf(evidence)}`;
  return evidence.status === 'in-progress' ? ', in progress' : '';
}

function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

function nameOf(action: Action): string {
  return action.ref ?? `"${action.title}"`;
}

function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
