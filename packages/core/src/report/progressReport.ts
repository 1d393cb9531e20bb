import type { PlanIssue } from '../model/issue';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Action, Plan, RagLevelId } from '../model/plan';
import { actionTree, compareRatings, defaultDueSoonDays, deriveRag, findLevel, planFacts, planRollUpShape } from '../rag';
import type { DeriveRagContext, PlanFacts, PlanRollUp, RagRule, RagScheme, RatingComparison, RollUpMethod } from '../rag';
import { labelOf, type ActionLabel } from './actionLabel';
import { groupHolders } from './groupMembers';
import { levelCounter, type GroupCount } from './levelCounter';
import { exceptionLevelIds } from './levels';
import { ratingOf, type Rating } from './rating';
import { resolveScheme } from './resolveScheme';

/** How many actions sit at one level, as the plan reports them and as the evidence derives them. */
export interface LevelCount {
  /** A level of the scheme, or null for actions with no rating. */
  level: RagLevelId | null;
  label: string;
  reported: number;
  derived: number;
}

/** One section's or recommendation's counts and roll-up. */
export interface GroupSummary {
  id: string | null;
  /** A recommendation's code (`Ofsted recommendation 1`), else null. */
  code: string | null;
  title: string;
  actionCount: number;
  counts: LevelCount[];
  reported: Rating;
  derived: Rating;
}

/** An action's reported and derived rating side by side, with the rule and reason behind the derived one. */
export interface RatedAction {
  action: ActionLabel;
  leads: string[];
  due: PartialDate | null;
  dueText: string | null;
  reported: Rating;
  derived: Rating;
  /** The rule of `deriveRag` that decided the derived rating, or `no-as-of-date`. */
  rule: RagRule | 'no-as-of-date';
  /** Why the derived rating is what it is: `Red: due 28 Feb 2017, 59 days ago, not complete`. */
  reason: string;
  overdue: boolean;
  /** How the reported rating stands against the derived one. */
  comparison: RatingComparison;
  /** The reported rating is better or worse than the evidence gives. */
  mismatch: boolean;
}

/** An action past, or close to, the day it falls due (a month falls due on its last day). */
export interface DueItem {
  action: ActionLabel;
  leads: string[];
  due: PartialDate;
  dueText: string | null;
  /** The day it falls due: `2017-02-28` for `Feb-17`. */
  dueDay: IsoDay;
  /** Days overdue (overdue list) or days left (due-soon list). */
  days: number;
}

/** A red or amber action, reported or derived, with the reason a board reads. */
export interface ExceptionItem extends RatedAction {
  /** The derived reason when the evidence makes it red or amber; else what the plan says (`Reported Amber: …`). */
  exceptionReason: string;
}

/** The progress report of a plan as of a date: data first; see `renderProgressReport` for words. */
export interface ProgressReport {
  plan: { id: string; title: string; organisation: string | null };
  /** The day ratings are derived as of; null when neither the caller nor the plan gave one. */
  asOf: IsoDay | null;
  scheme: { id: string; name: string };
  rollUp: RollUpMethod;
  dueSoonDays: number;
  actionCount: number;
  counts: LevelCount[];
  reported: Rating;
  derived: Rating;
  sections: GroupSummary[];
  recommendations: GroupSummary[];
  overdue: DueItem[];
  dueSoon: DueItem[];
  exceptions: ExceptionItem[];
  ratings: RatedAction[];
  mismatches: RatedAction[];
  issues: PlanIssue[];
}

/** Options of {@link buildProgressReport}. */
export interface ProgressReportOptions {
  /** Rate as of this day (default the plan's `asOf`). */
  asOf?: IsoDay;
  /** Scheme to read ratings in (default the plan's `ragScheme`). */
  scheme?: RagScheme | string;
  /** "Due soon" means falling due within this many days (default `defaultDueSoonDays`, 30: the ratings use the same). */
  dueSoonDays?: number;
  rollUp?: RollUpMethod;
  /**
   * The facts of this run (`planFacts(plan.actions)`), to share with `validatePlan` and `deriveRag`
   * so that each action's notes and dates are read once for the issues and the report together;
   * built afresh when left out. They must come from this plan's actions, unedited since.
   *
   * @example
   * const facts = planFacts(plan.actions);
   * const issues = validatePlan(plan, { asOf, facts });
   * const report = buildProgressReport(plan, { asOf, facts });
   */
  facts?: PlanFacts;
}

const noAsOfReason = 'Not derived: the report has no as-of date.';

/** Rates one action, reported beside derived; `derive` is `deriveRag`'s context, absent without an as-of date. */
function rate(action: Action, scheme: RagScheme, derive: DeriveRagContext | undefined): RatedAction {
  const { rag, leads, due, dueText } = action;
  const reported = ratingOf(rag, scheme);
  if (derive === undefined) {
    const derived = ratingOf(null, scheme);
    return { action: labelOf(action), leads, due, dueText, reported, derived, rule: 'no-as-of-date', reason: noAsOfReason, overdue: false, comparison: 'not-comparable', mismatch: false };
  }
  const { level, rule, reason, overdue } = deriveRag(action, derive);
  const derived = ratingOf(level, scheme);
  const comparison = compareRatings(reported.level, derived.level, scheme);
  const mismatch = comparison === 'reported-better' || comparison === 'reported-worse';
  return { action: labelOf(action), leads, due, dueText, reported, derived, rule, reason, overdue, comparison, mismatch };
}

function summarise(
  group: { id: string | null; code: string | null; title: string },
  counted: GroupCount,
  rolled: { reported: RagLevelId | null; derived: RagLevelId | null },
  scheme: RagScheme,
): GroupSummary {
  const { id, code, title } = group;
  const { actionCount, counts } = counted;
  return { id, code, title, actionCount, counts, reported: ratingOf(rolled.reported, scheme), derived: ratingOf(rolled.derived, scheme) };
}

function exceptionOf(rated: RatedAction, comments: string | null, exceptional: ReadonlySet<RagLevelId | null>): ExceptionItem | undefined {
  if (exceptional.has(rated.derived.level)) return { ...rated, exceptionReason: rated.reason };
  if (!exceptional.has(rated.reported.level)) return undefined;
  const said = comments === null || comments.trim() === '' ? 'no comment given' : comments;
  return { ...rated, exceptionReason: `Reported ${rated.reported.label}: ${said}` };
}

/** Sorts items by a number worked out once per item, largest first, keeping ties in order. */
function sortByKeyDescending<T>(items: T[], keyOf: (item: T) => number): T[] {
  const keys = items.map(keyOf);
  const order = items.map((_, index) => index).sort((a, b) => keys[b]! - keys[a]!);
  return order.map((index) => items[index]!);
}

/**
 * The progress report a board reads, as of a date: counts by RAG level (reported and derived) for the
 * plan, each section and each recommendation, with roll-ups; overdue and due-soon lists; every red and
 * amber with its reason; and each action's reported and derived rating side by side, mismatches marked.
 *
 * @example
 * const report = buildProgressReport(plan, { asOf: '2017-04-30' });
 * report.mismatches.find((r) => r.action.ref === '1.1'); // reported Amber, derived Red
 * buildProgressReport(plan, { asOf: '2017-04-30', facts }); // sharing a validatePlan run's facts
 */
export function buildProgressReport(plan: Plan, options: ProgressReportOptions = {}): ProgressReport {
  const { dueSoonDays = defaultDueSoonDays, rollUp: method = 'worst' } = options;
  const { scheme, issues } = resolveScheme(plan, options.scheme);
  const asOf = options.asOf ?? plan.asOf;
  if (asOf === null) {
    issues.push({
      code: 'no-as-of-date',
      severity: 'warning',
      message: 'The report has no as-of date, so ratings were not derived and nothing is listed as overdue.',
      path: ['asOf'],
    });
  }
  const facts = options.facts ?? planFacts(plan.actions);
  const { actions } = plan;
  const derive: DeriveRagContext | undefined = asOf === null ? undefined : { asOf, scheme, facts, dueSoonDays };
  const ratings = actions.map((action) => rate(action, scheme, derive));
  // Groups and roll-ups walk one tree of positions: an action's rating is found by its position, not its id.
  const tree = actionTree(actions);
  const counter = levelCounter(scheme);
  const countGroups = (groupsOf: (action: Action) => readonly (string | null)[]) => counter.countGroups(ratings, groupHolders(actions, tree, groupsOf));
  const sectionCounts = countGroups((action) => [action.sectionId]);
  const recommendationCounts = countGroups((action) => action.recommendationIds);

  const overdue: DueItem[] = [];
  const dueSoon: DueItem[] = [];
  const exceptions: ExceptionItem[] = [];
  const exceptional = exceptionLevelIds(scheme);
  for (let index = 0; index < actions.length; index += 1) {
    const action = actions[index]!;
    const rated = ratings[index]!;
    const exception = exceptionOf(rated, action.comments, exceptional);
    if (exception) exceptions.push(exception);
    // Work the evidence shows complete (`complete.`, `In place.`) is neither overdue nor due soon.
    if (asOf === null || action.due === null || rated.rule === 'complete') continue;
    const dueDay = facts.days(action.due)?.last;
    if (dueDay === undefined) continue;
    const daysLeft = facts.dayNumber(dueDay) - facts.dayNumber(asOf);
    if (daysLeft < 0) overdue.push({ action: rated.action, leads: action.leads, due: action.due, dueText: action.dueText, dueDay, days: -daysLeft });
    else if (daysLeft <= dueSoonDays) dueSoon.push({ action: rated.action, leads: action.leads, due: action.due, dueText: action.dueText, dueDay, days: daysLeft });
  }
  overdue.sort((a, b) => b.days - a.days);
  dueSoon.sort((a, b) => a.days - b.days);
  const severity = (level: RagLevelId | null) => findLevel(scheme, level)?.severity ?? -1;
  const worstFirst = sortByKeyDescending(exceptions, (r) => Math.max(severity(r.derived.level), severity(r.reported.level)));

  const shape = planRollUpShape(plan, tree);
  const reportedRollUp = shape.rollUp(actions.map((action) => action.rag), scheme, method);
  const derivedRollUp = shape.rollUp(ratings.map((rated) => rated.derived.level), scheme, method);
  const rolled = (pick: (rollUp: PlanRollUp) => RagLevelId | null | undefined) => ({
    reported: pick(reportedRollUp) ?? null,
    derived: pick(derivedRollUp) ?? null,
  });
  const sections = plan.sections.map((section) =>
    summarise({ id: section.id, code: null, title: section.title }, sectionCounts(section.id), rolled((r) => r.sections[section.id]), scheme),
  );
  const recommendations = plan.recommendations.map((rec) =>
    summarise({ id: rec.id, code: rec.code, title: rec.text }, recommendationCounts(rec.id), rolled((r) => r.recommendations[rec.id]), scheme),
  );

  return {
    plan: { id: plan.id, title: plan.title, organisation: plan.organisation },
    asOf,
    scheme: { id: scheme.id, name: scheme.name },
    rollUp: method,
    dueSoonDays,
    actionCount: plan.actions.length,
    counts: counter.count(ratings),
    reported: ratingOf(reportedRollUp.plan, scheme),
    derived: ratingOf(derivedRollUp.plan, scheme),
    sections,
    recommendations,
    overdue,
    dueSoon,
    exceptions: worstFirst,
    ratings,
    mismatches: ratings.filter((r) => r.mismatch),
    issues,
  };
}
