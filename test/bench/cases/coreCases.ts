import { deriveRag, getScheme, planFacts, rollUpPlan, validatePlan } from '@actionplan/core';
import { generateBenchWorkbook } from '../generate/benchWorkbook';
import { timed, type CaseOutcome } from './outcome';

const AS_OF = '2017-04-30';

/**
 * The floor for core: parsing the plan's JSON, what merely loading a saved plan costs.
 *
 * @example
 * await parsePlanJson(100_000);
 */
export async function parsePlanJson(rows: number): Promise<CaseOutcome> {
  const json = JSON.stringify(generateBenchWorkbook({ rows }).plan);
  const { ms, cpuMs, value } = await timed(() => (JSON.parse(json) as { actions: unknown[] }).actions.length);
  return { ms, details: { actions: value, jsonBytes: json.length, cpuMs: Math.round(cpuMs) } };
}

/**
 * Core on a plan in memory: `validatePlan`, `deriveRag` for every action, and `rollUpPlan` of the
 * derived ratings, each timed too. As the core does in real use (the progress report, coverage),
 * the validator and `deriveRag` share one run's `planFacts`, so each action's evidence and dates
 * are read once; building the facts is counted in `validateMs`, reading them in whichever step
 * asks first.
 *
 * @example
 * await validateRateRollUp(100_000); // { ms, details: { actions, issues, validateMs, deriveMs, rollUpMs } }
 */
export async function validateRateRollUp(rows: number): Promise<CaseOutcome> {
  const { plan } = generateBenchWorkbook({ rows });
  const scheme = getScheme(plan.ragScheme);
  if (!scheme) throw new Error(`no built-in scheme "${plan.ragScheme}"`);
  const validated = await timed(() => {
    const facts = planFacts(plan.actions);
    return { facts, issues: validatePlan(plan, { asOf: AS_OF, facts }) };
  });
  const { facts } = validated.value;
  const derived = await timed(() => new Map(plan.actions.map((action) => [action.id, deriveRag(action, { asOf: AS_OF, scheme, facts }).level])));
  const rolled = await timed(() => rollUpPlan(plan, (action) => derived.value.get(action.id) ?? null, scheme));
  return {
    ms: validated.ms + derived.ms + rolled.ms,
    details: {
      actions: plan.actions.length,
      issues: validated.value.issues.length,
      validateMs: Math.round(validated.ms),
      deriveMs: Math.round(derived.ms),
      rollUpMs: Math.round(rolled.ms),
      cpuMs: Math.round(validated.cpuMs + derived.cpuMs + rolled.cpuMs),
      planRating: rolled.value.plan ?? 'none',
    },
  };
}
