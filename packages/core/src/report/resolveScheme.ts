import type { PlanIssue } from '../model/issue';
import type { Plan } from '../model/plan';
import { getScheme } from '../rag';
import type { RagScheme } from '../rag';

/**
 * The RAG scheme a report rates a plan in: the one passed (object or id), else the plan's own
 * `ragScheme`. An id no scheme has falls back to plain RAG, with a warning saying so.
 *
 * @example
 * resolveScheme(plan).scheme.id; // 'rag'
 */
export function resolveScheme(plan: Plan, requested?: RagScheme | string): { scheme: RagScheme; issues: PlanIssue[] } {
  if (requested !== undefined && typeof requested !== 'string') return { scheme: requested, issues: [] };
  const id = requested ?? plan.ragScheme;
  const scheme = getScheme(id);
  if (scheme) return { scheme, issues: [] };
  const fallback = getScheme('rag');
  if (!fallback) throw new Error('The built-in "rag" scheme is missing.');
  return {
    scheme: fallback,
    issues: [
      {
        code: 'unknown-rag-scheme',
        severity: 'warning',
        message: `The RAG scheme "${id}" is not known, so ratings were read as plain Red/Amber/Green.`,
        path: requested === undefined ? ['ragScheme'] : [],
      },
    ],
  };
}
