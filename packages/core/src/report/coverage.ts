import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Action, DeliveryStatus, Plan } from '../model/plan';
import { deriveRag, planFacts, rollUpPlan } from '../rag';
import type { DeriveRagContext, PlanFacts, RagScheme, RollUpMethod } from '../rag';
import { labelOf, type ActionLabel } from './actionLabel';
import { groupMembers } from './groupMembers';
import { ratingOf, type Rating } from './rating';
import { resolveScheme } from './resolveScheme';

/** An action answering a recommendation, with how it stands. */
export interface CoveredAction {
  action: ActionLabel;
  leads: string[];
  due: PartialDate | null;
  dueText: string | null;
  status: DeliveryStatus | null;
  reported: Rating;
  /** Derived as of the plan's (or the given) date; `Not rated` when there is no date. */
  derived: Rating;
}

/** A recommendation with the actions that answer it and their rolled-up rating. */
export interface CoveredRecommendation {
  id: string;
  code: string | null;
  text: string;
  actions: CoveredAction[];
  reported: Rating;
  derived: Rating;
}

/** Which recommendations the plan answers, which it does not, and which actions answer none. */
export interface CoverageReport {
  plan: { id: string; title: string };
  asOf: IsoDay | null;
  scheme: { id: string; name: string };
  recommendations: CoveredRecommendation[];
  /** Recommendations no action cites. */
  uncovered: { id: string; code: string | null; text: string }[];
  /** Actions that cite no recommendation the plan has. */
  unlinked: ActionLabel[];
}

/** Options of {@link buildCoverage}. */
export interface CoverageOptions {
  asOf?: IsoDay;
  scheme?: RagScheme | string;
  rollUp?: RollUpMethod;
  /** The facts of this run (`planFacts(plan.actions)`), shared with `validatePlan` or the progress report; built afresh when left out. */
  facts?: PlanFacts;
}

function covered(action: Action, context: Omit<DeriveRagContext, 'asOf'> & { asOf: IsoDay | null }): CoveredAction {
  const { asOf, scheme } = context;
  const derived = asOf === null ? null : deriveRag(action, { ...context, asOf }).level;
  return {
    action: labelOf(action),
    leads: action.leads,
    due: action.due,
    dueText: action.dueText,
    status: action.status,
    reported: ratingOf(action.rag, scheme),
    derived: ratingOf(derived, scheme),
  };
}

/** Actions answering no known recommendation, themselves or through the action they sit under. */
function unlinkedActions(actions: readonly Action[], known: ReadonlySet<string>): Action[] {
  const members = groupMembers(actions, (action) => (action.recommendationIds.some((id) => known.has(id)) ? ['linked'] : []));
  const linked = new Set((members.get('linked') ?? []).map((a) => a.id));
  return actions.filter((action) => !linked.has(action.id));
}

/**
 * Recommendation coverage: each recommendation with its actions and how they stand (reported rating,
 * derived rating as of the plan's date, status), the recommendations no action answers, and the actions
 * that answer no recommendation.
 *
 * @example
 * const coverage = buildCoverage(plan);
 * coverage.uncovered; // [] when every recommendation has an action
 */
export function buildCoverage(plan: Plan, options: CoverageOptions = {}): CoverageReport {
  const { scheme } = resolveScheme(plan, options.scheme);
  const asOf = options.asOf ?? plan.asOf;
  const method = options.rollUp ?? 'worst';
  const known = new Set(plan.recommendations.map((rec) => rec.id));
  const facts = options.facts ?? planFacts(plan.actions);
  const states = new Map(plan.actions.map((action) => [action.id, covered(action, { asOf, scheme, facts })]));
  const reported = rollUpPlan(plan, (action) => action.rag, scheme, method).recommendations;
  const derived = rollUpPlan(plan, (action) => states.get(action.id)?.derived.level ?? null, scheme, method).recommendations;

  const members = groupMembers(plan.actions, (action) => action.recommendationIds);
  const recommendations = plan.recommendations.map(
    (rec): CoveredRecommendation => ({
      id: rec.id,
      code: rec.code,
      text: rec.text,
      actions: (members.get(rec.id) ?? []).map((action) => states.get(action.id)!),
      reported: ratingOf(reported[rec.id] ?? null, scheme),
      derived: ratingOf(derived[rec.id] ?? null, scheme),
    }),
  );
  return {
    plan: { id: plan.id, title: plan.title },
    asOf,
    scheme: { id: scheme.id, name: scheme.name },
    recommendations,
    uncovered: recommendations.filter((rec) => rec.actions.length === 0).map(({ id, code, text }) => ({ id, code, text })),
    unlinked: unlinkedActions(plan.actions, known).map(labelOf),
  };
}
