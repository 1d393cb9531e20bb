import { z } from 'zod';
import type { Plan, PlanIssue, Severity } from '../model/index';
import type { PlanFacts, RagScheme } from '../rag/index';
import { getScheme, planFacts } from '../rag/index';
import { defaultStaleDays, validateOptionsSchema } from './options';
import type { RuleContext } from './rule';
import type { RuleCode } from './rules';
import { rules } from './rules';

/** Options of {@link validatePlan}. Every one is optional. */
export interface ValidateOptions {
  /** The date the checks look from (`YYYY-MM-DD`); defaults to the plan's `asOf`. */
  asOf?: string;
  /** The RAG scheme the ratings are read in; defaults to the scheme the plan names. */
  scheme?: RagScheme;
  /** Days a progress note stays fresh; defaults to 60 (two monthly board meetings). */
  staleDays?: number;
  /** A severity per rule code, or `'off'` to silence a rule. */
  severity?: Partial<Record<RuleCode, Severity | 'off'>>;
  /**
   * The facts of this run (`planFacts(plan.actions)`), to share with `deriveRag` so that each
   * note is read once; built afresh when left out.
   */
  facts?: PlanFacts;
}

const optionsSchema = validateOptionsSchema(rules);

/**
 * Checks a plan against every rule in {@link rules} and returns the problems as data, in rule order
 * and, within a rule, in plan order. A plan with problems is normal input: nothing is thrown for it.
 *
 * @throws {TypeError} when the options are malformed (an unknown key, an unknown rule code, a
 * non-positive `staleDays`): that is a programmer's mistake, not a problem of the plan.
 * @example
 * validatePlan(plan, { asOf: '2011-05-31', severity: { 'ref-gap': 'off' } });
 * // [{ code: 'duplicate-ref', severity: 'warning', message: 'Milestone 20.1 appears twice under action 20.',
 * //    path: ['actions', 14, 'ref'], ref: '20.1', sheet: 'Milestones', cell: 'B70' }, …]
 */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): PlanIssue[] {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new TypeError(`validatePlan: invalid options\n${z.prettifyError(parsed.error)}`);
  const context: RuleContext = {
    plan,
    asOf: options.asOf ?? plan.asOf,
    scheme: options.scheme ?? getScheme(plan.ragScheme),
    staleDays: options.staleDays ?? defaultStaleDays,
    facts: options.facts ?? planFacts(plan.actions),
  };
  const issues: PlanIssue[] = [];
  for (const rule of rules) {
    const severity = options.severity?.[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check(context)) issues.push({ code: rule.code, severity, ...finding });
  }
  return issues;
}
