import { z } from 'zod';
import { ExtraColumnsSchema, PlanSchema } from './plan';

/**
 * The JSON Schema (draft 2020-12) of a plan document, for tools outside TypeScript.
 *
 * @example
 * writeFileSync('plan.schema.json', JSON.stringify(planJsonSchema(), null, 2));
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, {
    unrepresentable: 'any',
    override: (context) => {
      // `extra` is a custom schema (it keeps `__proto__` as data); describe it as what it holds.
      if (context.zodSchema === ExtraColumnsSchema || context.zodSchema === ExtraColumnsSchema.in) {
        Object.assign(context.jsonSchema, { type: 'object', additionalProperties: { type: 'string' } });
      }
    },
  }) as Record<string, unknown>;
}
