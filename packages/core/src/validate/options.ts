import { z } from 'zod';
import { IsoDaySchema, SeveritySchema } from '../model/index';
import { RagSchemeSchema } from '../rag/index';
import type { PlanFacts } from '../rag/index';
import type { ValidationRule } from './rule';

/**
 * Two months. Boards review improvement plans monthly (seed 004's Improvement Board meets monthly;
 * seed 000 is a monthly milestone report), so a note older than 60 days has missed two meetings:
 * one missed meeting can be a holiday, two is a plan nobody is updating.
 */
export const defaultStaleDays = 60;

/**
 * The options of {@link validatePlan}, as a strict schema built from the rule list: an unknown key,
 * or a severity for a code no rule has, is a programmer's mistake and fails.
 *
 * @example
 * validateOptionsSchema(rules).parse({ staleDays: 30, severity: { 'ref-gap': 'off' } });
 */
export function validateOptionsSchema(ruleList: readonly ValidationRule[]) {
  const severity = SeveritySchema.or(z.literal('off'));
  return z.strictObject({
    /** The date the checks look from; defaults to the plan's `asOf`. */
    asOf: IsoDaySchema.optional(),
    /** The RAG scheme ratings are read in; defaults to the plan's `ragScheme`. */
    scheme: RagSchemeSchema.optional(),
    /** How old the latest dated progress note may be before it is stale; defaults to 60. */
    staleDays: z.number().int().positive().optional(),
    /** The facts of this run, shared with `deriveRag`. */
    facts: z.custom<PlanFacts>((value) => typeof value === 'object' && value !== null && 'of' in value).optional(),
    /** Severity per rule code, or `off` to silence a rule. */
    severity: z.strictObject(Object.fromEntries(ruleList.map((rule) => [rule.code, severity.optional()]))).optional(),
  });
}
