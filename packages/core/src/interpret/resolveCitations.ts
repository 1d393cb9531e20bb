import type { PlanIssue } from '../model/issue';
import type { Action, Recommendation } from '../model/plan';
import type { RecommendationCitation } from './parseRecLinks';

/** A recommendation code split into its lower-cased prefix and number (`Rec 8` → `rec`, 8). */
interface NumberedCode {
  recommendation: Recommendation;
  prefix: string;
}

/** The plan's numbered recommendations by number, in plan order, read once (not once per citation). */
function byNumber(recommendations: readonly Recommendation[]): Map<number, NumberedCode[]> {
  const index = new Map<number, NumberedCode[]>();
  for (const recommendation of recommendations) {
    const code = /^(.*?)\s*(\d+)$/.exec(recommendation.code ?? '');
    if (!code) continue;
    const number = Number(code[2]);
    const entry = { recommendation, prefix: (code[1] ?? '').toLowerCase() };
    const list = index.get(number);
    if (list) list.push(entry);
    else index.set(number, [entry]);
  }
  return index;
}

/** The bodies whose plain numbered recommendations (`1.`, `Recommendation 1`) a citation can mean. */
function citationMatches({ prefix }: NumberedCode, citation: RecommendationCitation): boolean {
  if (citation.body === 'Ofsted') return prefix === '' || prefix === 'recommendation' || prefix === 'ofsted recommendation';
  return prefix.startsWith(citation.body.toLowerCase());
}

/**
 * Links each action to the recommendations its text cites (`(Ofsted Feb 2011 – Rec 8)` → the
 * plan's recommendation 8), once every sheet is read. A citation with no such recommendation in the
 * workbook (`(CQC Rec 4)`: the CQC list is not in the plan) is an issue, never a guess.
 *
 * @example
 * resolveCitations([{ action, citation: { raw: '(CQC Rec 4)', body: 'CQC', when: null, number: 4 }, cell: 'B59' }], plan.recommendations, 'Plan');
 * // [{ code: 'unresolved-recommendation-link', … }]
 */
export function resolveCitations(
  citations: ReadonlyArray<{ action: Action; citation: RecommendationCitation; cell: string }>,
  recommendations: readonly Recommendation[],
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const numbered = byNumber(recommendations);
  for (const { action, citation, cell } of citations) {
    if (citation.number === null) continue;
    const found = numbered.get(citation.number)?.find((entry) => citationMatches(entry, citation))?.recommendation;
    if (found) {
      if (!action.recommendationIds.includes(found.id)) action.recommendationIds.push(found.id);
      continue;
    }
    issues.push({
      code: 'unresolved-recommendation-link',
      severity: 'warning',
      message: `${action.ref ?? 'An action'} cites ${citation.raw}, but the workbook has no ${citation.body} recommendation ${citation.number} to link it to.`,
      path: [],
      ref: action.ref,
      ...(action.source ? { sheet: action.source.sheet } : {}),
      cell,
    });
  }
  return issues;
}
