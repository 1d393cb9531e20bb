import { daysBetween } from '../dates';
import type { PlanIssue } from '../model/issue';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Action, Plan, RagLevelId } from '../model/plan';
import { compareRatings, defaultDueSoonDays, deriveRag, findLevel, planFacts, rollUpPlan } from '../rag';
import type { DeriveRagContext, PlanFacts, PlanRollUp, RagRule, RagScheme, RatingComparison, RollUpMethod } from '../rag';
import { labelOf, type ActionLabel } from './actionLabel';
import { isExceptionLevel, levelLabel } from './levels';
import { groupMembers } from './groupMembers';
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

function rate(action: Action, context: Omit<DeriveRagContext, 'asOf'> & { asOf: IsoDay | null }): RatedAction {
  const { asOf, scheme } = context;
  const reported = ratingOf(action.rag, scheme);
  const base = { action: labelOf(action), leads: action.leads, due: action.due, dueText: action.dueText, reported };
  if (asOf === null) {
    const derived = ratingOf(null, scheme);
    const reason = 'Not derived: the report has no as-of date.';
    return { ...base, derived, rule: 'no-as-of-date', reason, overdue: false, comparison: 'not-comparable', mismatch: false };
  }
  const result = deriveRag(action, { ...context, asOf });
  const derived = ratingOf(result.level, scheme);
  const comparison = compareRatings(reported.level, derived.level, scheme);
  const mismatch = comparison === 'reported-better' || comparison === 'reported-worse';
  return { ...base, derived, rule: result.rule, reason: result.reason, overdue: result.overdue, comparison, mismatch };
}

function severityOf(level: RagLevelId | null, scheme: RagScheme): number {
  return findLevel(scheme, level)?.severity ?? -1;
}

function countLevels(rated: readonly RatedAction[], scheme: RagScheme): LevelCount[] {
  // The scheme's levels, then "Not rated", then any rating outside the scheme under its own id.
  const counts = new Map<RagLevelId | null, LevelCount>();
  const countOf = (level: RagLevelId | null): LevelCount => {
    let count = counts.get(level);
    if (count === undefined) {
      count = { level, label: levelLabel(level, scheme), reported: 0, derived: 0 };
      counts.set(level, count);
    }
    return count;
  };
  for (const level of scheme.levels) countOf(level.id);
  countOf(null);
  for (const r of rated) {
    countOf(r.reported.level).reported += 1;
    countOf(r.derived.level).derived += 1;
  }
  return [...counts.values()];
}

function summarise(
  group: { id: string | null; code: string | null; title: string },
  rated: readonly RatedAction[],
  rolled: { reported: RagLevelId | null; derived: RagLevelId | null },
  scheme: RagScheme,
): GroupSummary {
  return {
    ...group,
    actionCount: rated.length,
    counts: countLevels(rated, scheme),
    reported: ratingOf(rolled.reported, scheme),
    derived: ratingOf(rolled.derived, scheme),
  };
}

function exceptionOf(rated: RatedAction, comments: string | null, scheme: RagScheme): ExceptionItem | undefined {
  if (isExceptionLevel(rated.derived.level, scheme)) return { ...rated, exceptionReason: rated.reason };
  if (!isExceptionLevel(rated.reported.level, scheme)) return undefined;
  const said = comments === null || comments.trim() === '' ? 'no comment given' : comments;
  return { ...rated, exceptionReason: `Reported ${rated.reported.label}: ${said}` };
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
  const ratings = plan.actions.map((action) => rate(action, { asOf, scheme, facts, dueSoonDays }));
  const byId = new Map(plan.actions.map((action, index) => [action.id, ratings[index]!]));
  const ratingsOf = (members: readonly Action[] | undefined) => (members ?? []).map((action) => byId.get(action.id)!);
  const sectionMembers = groupMembers(plan.actions, (action) => [action.sectionId]);
  const recommendationMembers = groupMembers(plan.actions, (action) => action.recommendationIds);

  const overdue: DueItem[] = [];
  const dueSoon: DueItem[] = [];
  const exceptions: ExceptionItem[] = [];
  plan.actions.forEach((action, index) => {
    const rated = ratings[index]!;
    const exception = exceptionOf(rated, action.comments, scheme);
    if (exception) exceptions.push(exception);
    // Work the evidence shows complete (`complete.`, `In place.`) is neither overdue nor due soon.
    const dueDay = asOf === null || rated.rule === 'complete' ? undefined : facts.days(action.due)?.last;
    if (asOf === null || action.due === null || dueDay === undefined) return;
    const item = { action: rated.action, leads: action.leads, due: action.due, dueText: action.dueText, dueDay };
    const daysLeft = daysBetween(asOf, dueDay);
    if (daysLeft < 0) overdue.push({ ...item, days: -daysLeft });
    else if (daysLeft <= dueSoonDays) dueSoon.push({ ...item, days: daysLeft });
  });
  overdue.sort((a, b) => b.days - a.days);
  dueSoon.sort((a, b) => a.days - b.days);
  const worstFirst = (r: RatedAction) => Math.max(severityOf(r.derived.level, scheme), severityOf(r.reported.level, scheme));
  exceptions.sort((a, b) => worstFirst(b) - worstFirst(a));

  const reportedRollUp = rollUpPlan(plan, (action) => action.rag, scheme, method);
  const derivedRollUp = rollUpPlan(plan, (action) => byId.get(action.id)?.derived.level ?? null, scheme, method);
  const rolled = (pick: (rollUp: PlanRollUp) => RagLevelId | null | undefined) => ({
    reported: pick(reportedRollUp) ?? null,
    derived: pick(derivedRollUp) ?? null,
  });
  const sections = plan.sections.map((section) =>
    summarise(
      { id: section.id, code: null, title: section.title },
      ratingsOf(sectionMembers.get(section.id)),
      rolled((r) => r.sections[section.id]),
      scheme,
    ),
  );
  const recommendations = plan.recommendations.map((rec) =>
    summarise(
      { id: rec.id, code: rec.code, title: rec.text },
      ratingsOf(recommendationMembers.get(rec.id)),
      rolled((r) => r.recommendations[rec.id]),
      scheme,
    ),
  );

  return {
    plan: { id: plan.id, title: plan.title, organisation: plan.organisation },
    asOf,
    scheme: { id: scheme.id, name: scheme.name },
    rollUp: method,
    dueSoonDays,
    actionCount: plan.actions.length,
    counts: countLevels(ratings, scheme),
    reported: ratingOf(reportedRollUp.plan, scheme),
    derived: ratingOf(derivedRollUp.plan, scheme),
    sections,
    recommendations,
    overdue,
    dueSoon,
    exceptions,
    ratings,
    mismatches: ratings.filter((r) => r.mismatch),
    issues,
  };
}
