import { z } from 'zod';
import { PlanSchema } from './plan';

/**
 * The JSON Schema (draft 2020-12) of a plan document, for tools outside TypeScript.
 *
 * @example
 * writeFileSync('plan.schema.json', JSON.stringify(planJsonSchema(), null, 2));
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema) as Record<string, unknown>;
}
