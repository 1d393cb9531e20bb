import type { IsoDay } from '../model/partialDate';
import type { Action, RagLevelId } from '../model/plan';
import type { DeliveryEvidence } from './deliveryEvidence';
import { levelFor, type LevelIntent } from './levelFor';
import { factsFor, planFacts, type PlanFacts } from './planFacts';
import type { RagLevel, RagScheme } from './scheme';
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
  /**
   * Every action of the plan by id, to see whether the actions this one waits for are complete.
   * The facts of the actions are read once per map: build a new map after editing actions.
   */
  actionsById?: ReadonlyMap<string, Action>;
  /** The facts of this run (`planFacts`), shared with the validator; takes the place of `actionsById`. */
  facts?: PlanFacts;
  /** How near a due date counts as "due soon" (default {@link defaultDueSoonDays}). */
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
  | 'waiting-on-appointment'
  | 'off-track-words'
  | 'negative-words'
  | 'late-start'
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
  /** `implied` when the rating rests on a sentence read as done (`These are in use.`), not on a status. */
  evidence?: 'implied';
}

/**
 * How many days ahead a due date counts as "due soon", for ratings and reports alike: 30, a
 * month as an officer says it. Boards meet monthly (seed 004's Improvement Board; seed 000's
 * monthly milestone report), so what falls due within 30 days falls due before, or at, the next
 * meeting and belongs on this month's list.
 *
 * @example
 * deriveRag(action, { asOf, scheme, dueSoonDays: defaultDueSoonDays * 2 });
 */
export const defaultDueSoonDays = 30;

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
 * 5. `waiting-on-appointment`: nobody leads it until a post is filled (`… once appointed.`) → at risk;
 * 6. `off-track-words`: the words say it has slipped (`Not achieved`, `Not yet consistently embedded`) → at risk;
 * 7. `negative-words`: the latest note contradicts a Green (`not working`) → at risk;
 * 8. `late-start`: says it has not started (`to be done.`), its start date (if any) has come, and it
 *    is due within `dueSoonDays` → at risk: a month is too little for work that has not begun, and
 *    the board should hear of it before it turns Red;
 * 9. `not-started`: starts after the day, or says it has not started → grey, else Green saying so;
 * 10. `due-soon`: due within `dueSoonDays` → on track, flagged;
 * 11. `on-track` with a due date, else `no-evidence` (grey where the scheme has it, else Green saying so).
 *
 * Completion read from a sentence rather than a status (`These are in use.`: evidence `implied`)
 * rates the scheme's on-track level (Green, never BRAG's Blue, which needs a stated completion), and
 * the reason quotes the sentence. Every date in a reason is a day (`28 February 2017` for `Feb-17`).
 *
 * @example
 * deriveRag(milestone231, { asOf: '2011-07-22', scheme: ragScheme });
 * // { level: 'red', rule: 'overdue', reason: 'Red: due 31 May 2011, 52 days ago, not complete', overdue: true, daysOverdue: 52 }
 */
export function deriveRag(action: Action, context: DeriveRagContext): DerivedRag {
  const { asOf, scheme, actionsById, dueSoonDays = defaultDueSoonDays } = context;
  const facts = context.facts ?? (actionsById ? factsFor(actionsById) : planFacts([action]));
  const { evidence, dueDay, startDay } = facts.of(action);
  const due = dueDay === undefined ? undefined : { day: dueDay, words: facts.words(dueDay) ?? dueDay, daysLeft: facts.dayNumber(dueDay) - facts.dayNumber(asOf) };
  const support = { supportRequired: evidence.supportRequired };
  const rate = (intent: LevelIntent, rule: RagRule, why: string, extra?: Partial<DerivedRag>): DerivedRag => {
    const level = levelFor(scheme, intent, support) ?? fallback(scheme, intent);
    const said = intent === 'no-data' && level.noData !== true ? `${why} (the scheme has no grey level)` : why;
    const derived: DerivedRag = { level: level.id, rule, reason: `${level.label}: ${said}`, overdue: false };
    return extra === undefined ? derived : Object.assign(derived, extra);
  };

  if (evidence.impliedBy) {
    const { words, source } = evidence.impliedBy;
    return rate('on-track', 'complete', `${source} says "${words}" (read as done)`, { evidence: 'implied' });
  }
  if (evidence.status === 'complete') return rate('complete', 'complete', completeWhy(evidence, due));
  const appointment = evidence.waitsForAppointment === undefined ? '' : `waits for a post to be filled ("${evidence.waitsForAppointment}")`;
  if (due && due.daysLeft < 0) {
    const daysOverdue = -due.daysLeft;
    const why = `due ${due.words}, ${dayCount(daysOverdue)} ago, not complete${appointment === '' ? '' : `; ${appointment}`}`;
    return rate('off-track', 'overdue', why, { overdue: true, daysOverdue });
  }
  // Only dependencies or a blocked status name predecessors: most actions need no lookup by id.
  const mayWait = action.dependencies.length > 0 || evidence.status === 'blocked';
  const waits = mayWait && (actionsById || context.facts) ? waitingOn(action, actionsById ?? facts.actionsById, facts) : [];
  if (waits.length > 0) return rate('at-risk', 'waiting-on-predecessor', `waits for ${listOf(waits.map(nameOf))}, not complete yet${dueClause(due)}`);
  if (evidence.status === 'blocked') return rate('at-risk', 'blocked', `blocked${quoted(evidence)}${dueClause(due)}`);
  if (appointment !== '') return rate('at-risk', 'waiting-on-appointment', `${appointment}${dueClause(due)}`);
  if (evidence.reading.onTrack === false || evidence.supportRequired === true) {
    const why = evidence.reading.onTrack === false ? `the latest note says ${wordsOf(evidence)}` : 'support is required';
    return rate('at-risk', 'off-track-words', `${why}${dueClause(due)}`);
  }
  const [negative] = evidence.negatives;
  if (negative !== undefined) return rate('at-risk', 'negative-words', `the latest note says "${negative}"${dueClause(due)}`);
  const startsLater = startDay !== undefined && startDay > asOf && evidence.status !== 'in-progress';
  if (startsLater || evidence.status === 'not-started') {
    const when = startsLater && action.start !== null ? `starts ${facts.words(action.start) ?? action.start}, not started yet` : `not started${quoted(evidence)}`;
    // Late only once its start has come: work planned to start next month is on schedule.
    if (!startsLater && due && due.daysLeft <= dueSoonDays) return rate('at-risk', 'late-start', `${when}${dueClause(due)}`, { dueSoon: true });
    return rate('no-data', 'not-started', `${when}${dueClause(due)}`);
  }
  if (due) {
    const soon = due.daysLeft <= dueSoonDays;
    return rate('on-track', soon ? 'due-soon' : 'on-track', `${dueWords(due)}${inProgress(evidence)}`, soon ? { dueSoon: true } : undefined);
  }
  if (evidence.status === 'in-progress') return rate('on-track', 'on-track', `no due date${inProgress(evidence)}`);
  return rate('no-data', 'no-evidence', 'no due date and no status to rate it on');
}

interface DueDay {
  day: IsoDay;
  /** The day it falls due, in words: `28 February 2017` for `Feb-17`. */
  words: string;
  daysLeft: number;
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

function dueWords(due: DueDay): string {
  return due.daysLeft === 0 ? `due today, ${due.words}` : `due ${due.words}, in ${dayCount(due.daysLeft)}`;
}

function dueClause(due: DueDay | undefined): string {
  return due ? `, ${dueWords(due)}` : '';
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
