import type { PlanIssue } from '../model/issue';
import { builtInSchemes } from './builtInSchemes';
import { RagSchemeSchema, type RagScheme } from './scheme';

/**
 * The outcome of {@link defineScheme}: the checked scheme, or what is wrong with it.
 *
 * @example
 * const result: DefineSchemeResult = defineScheme(json);
 * if (!result.ok) issues.push(...result.issues);
 */
export type DefineSchemeResult = { ok: true; scheme: RagScheme } | { ok: false; issues: PlanIssue[] };

/**
 * Checks a user-defined RAG scheme (from JSON, a settings sheet, the add-in) and returns it with
 * defaults filled in, or the problems as issues.
 *
 * @example
 * const result = defineScheme({ id: 'rg', name: 'Red/Green', levels: [
 *   { id: 'red', label: 'Red', meaning: 'Off track', colour: 'FF0000', severity: 1, complete: false },
 *   { id: 'green', label: 'Green', meaning: 'On track', colour: '00B050', severity: 0, complete: false },
 * ] });
 * if (result.ok) plan.ragScheme = result.scheme.id;
 */
export function defineScheme(input: unknown): DefineSchemeResult {
  const parsed = RagSchemeSchema.safeParse(input);
  if (parsed.success) return { ok: true, scheme: parsed.data };
  const issues = parsed.error.issues.map(
    (issue): PlanIssue => ({
      code: 'invalid-rag-scheme',
      severity: 'error',
      message: `The RAG scheme is not valid: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}.`,
      path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    }),
  );
  return { ok: false, issues };
}

/**
 * A copy of a scheme with some level colours replaced, as when a sheet's own key shows what the
 * colours mean (seed 000's key lost its swatches, so its default colours are only a guess).
 *
 * @example
 * recolourScheme(haringey2011Scheme, { amber: 'FFFF00' });
 */
export function recolourScheme(scheme: RagScheme, colours: Readonly<Record<string, string>>): DefineSchemeResult {
  return defineScheme({ ...scheme, levels: scheme.levels.map((level) => ({ ...level, colour: colours[level.id] ?? level.colour })) });
}

/**
 * The scheme with this id: one of `custom` first, then a built-in; undefined when there is none.
 *
 * @example
 * getScheme('brag')?.levels.length; // 4
 * getScheme(plan.ragScheme, settings.schemes);
 */
export function getScheme(id: string, custom: readonly RagScheme[] = []): RagScheme | undefined {
  return custom.find((scheme) => scheme.id === id) ?? builtInSchemes[id];
}
