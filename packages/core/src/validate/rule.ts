import type { IsoDay, Plan, PlanIssue, Severity } from '../model/index';
import type { PlanFacts, RagScheme } from '../rag/index';

/**
 * What a rule sees: the plan and the settled options. `scheme` is undefined when the plan names a
 * scheme nobody knows (the `unknown-rag` rule says so); `asOf` is null when neither the caller nor
 * the plan gives a date, and the rules that need one stay silent. `facts` holds what every rule
 * would otherwise work out again per action (status words, evidence, date spans), read once per run.
 *
 * @example
 * const context: RuleContext = { plan, asOf: '2017-04-30', scheme: ragScheme, staleDays: 60, facts: planFacts(plan.actions) };
 */
export interface RuleContext {
  plan: Plan;
  asOf: IsoDay | null;
  scheme: RagScheme | undefined;
  staleDays: number;
  facts: PlanFacts;
}

/**
 * A problem a rule found: an issue without its code and severity, which come from the rule.
 *
 * @example
 * const finding: RuleFinding = { message: 'Action 3.3 has no lead officer.', path: ['actions', 18, 'leads'], ref: '3.3' };
 */
export type RuleFinding = Omit<PlanIssue, 'code' | 'severity'>;

/**
 * One validation rule: a kebab-case code, the severity it reports at unless the caller overrides it,
 * a sentence for the rule list, and the check itself.
 *
 * @example
 * const rule: ValidationRule = {
 *   code: 'missing-title', defaultSeverity: 'warning',
 *   description: 'An action or milestone has no text saying what is to be done.',
 *   check: ({ plan }) => [],
 * };
 */
export interface ValidationRule<Code extends string = string> {
  code: Code;
  defaultSeverity: Severity;
  description: string;
  check: (context: RuleContext) => RuleFinding[];
}

/**
 * Declares a rule, keeping its code as a literal type so the rule list yields the union of codes.
 *
 * @example
 * export const missingTitle = defineRule({ code: 'missing-title', defaultSeverity: 'warning', description, check });
 */
export function defineRule<const Code extends string>(rule: ValidationRule<Code>): ValidationRule<Code> {
  return rule;
}
