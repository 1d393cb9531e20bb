import type { Plan } from '@actionplan/core';

/** The sheets of the canonical export as plain rows of cell text: what a bare writer would write. */
export interface PlanCells {
  sheets: Array<{ name: string; rows: string[][] }>;
}

/**
 * The cells the canonical export holds for a plan (Plan, Progress and Recommendations sheets: one
 * row per action, per progress entry, per recommendation), computed up front so the baseline
 * writer times exceljs alone.
 *
 * @example
 * planCells(plan).sheets[0]?.rows[0]; // ['Id', 'Section', 'Recommendation code', 'Ref', …]
 */
export function planCells(plan: Plan): PlanCells {
  const sections = new Map(plan.sections.map((section) => [section.id, section.title]));
  const recommendations = new Map(plan.recommendations.map((r) => [r.id, r.code ?? r.text]));
  const planRows = plan.actions.map((a) => [
    a.id, sections.get(a.sectionId ?? '') ?? '', a.recommendationIds.map((id) => recommendations.get(id) ?? id).join('\n'), a.ref ?? '', a.kind,
    a.title, a.tier ?? '', a.leads.join('\n'), a.involved.join('\n'), a.startText ?? a.start ?? '', a.dueText ?? a.due ?? '', a.status ?? '', a.rag ?? '',
    a.measures.join('\n'), a.comments ?? '', ...Object.values(a.extra),
  ]);
  const progressRows = plan.actions.flatMap((a) => a.progress.map((p) => [a.id, a.ref ?? '', p.date ?? '', p.statusText ?? '', p.text]));
  const recommendationRows = plan.recommendations.map((r) => [r.id, r.code ?? '', r.text, sections.get(r.sectionId ?? '') ?? '']);
  return {
    sheets: [
      { name: 'Plan', rows: [['Id', 'Section', 'Recommendation code', 'Ref', 'Kind', 'Action', 'Tier', 'Lead officer(s)', 'Involved', 'Start', 'Due', 'Status', 'RAG', 'Measures', 'Comments'], ...planRows] },
      { name: 'Progress', rows: [['Id', 'Ref', 'Date', 'Status', 'Note'], ...progressRows] },
      { name: 'Recommendations', rows: [['Id', 'Code', 'Recommendation', 'Section'], ...recommendationRows] },
    ],
  };
}
