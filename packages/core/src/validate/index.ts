export { validatePlan, type ValidateOptions } from './validatePlan';
export { rules, type RuleCode } from './rules';
export { defaultStaleDays } from './options';
export type { ValidationRule, RuleContext, RuleFinding } from './rule';
