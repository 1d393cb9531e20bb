import { renderHeading, renderLine, renderTable, type TableColumn, type ReportFormat } from './blocks';
import type { CoverageReport, CoveredRecommendation } from './coverage';
import { countWord, dateWord, refWord, statusWord } from './words';

const TITLE_WIDTH = 60;

function recommendationBlock(rec: CoveredRecommendation, format: ReportFormat): string {
  const heading = renderHeading(rec.code ?? rec.text, 3, format);
  const text = rec.code === null ? [] : [renderLine(rec.text, format)];
  const rollUp = renderLine(
    `${countWord(rec.actions.length, 'action')}; reported ${rec.reported.label}, derived ${rec.derived.label}.`,
    format,
  );
  if (rec.actions.length === 0) return [heading, ...text, renderLine('No action answers this recommendation.', format)].join('\n\n');
  const columns: TableColumn[] = [
    { heading: 'Ref' },
    { heading: 'Action', maxWidth: TITLE_WIDTH },
    { heading: 'Lead' },
    { heading: 'Due' },
    { heading: 'Status' },
    { heading: 'Reported' },
    { heading: 'Derived' },
  ];
  const rows = rec.actions.map((covered) => [
    refWord(covered.action.ref),
    covered.action.title,
    covered.leads.join(', '),
    dateWord(covered.due),
    statusWord(covered.status),
    covered.reported.label,
    covered.derived.label,
  ]);
  return [heading, ...text, rollUp, renderTable(columns, rows, format)].join('\n\n');
}

/**
 * Recommendation coverage as Markdown or plain text: each recommendation with its actions and their
 * state, then the recommendations no action answers and the actions that answer none.
 *
 * @example
 * renderCoverage(buildCoverage(plan), 'markdown');
 */
export function renderCoverage(coverage: CoverageReport, format: ReportFormat): string {
  const asOf = coverage.asOf === null ? 'no as-of date' : `derived as of ${dateWord(coverage.asOf)}`;
  const answered = coverage.recommendations.length - coverage.uncovered.length;
  const parts = [
    renderHeading(`Recommendation coverage: ${coverage.plan.title}`, 1, format),
    renderLine(
      `${countWord(coverage.recommendations.length, 'recommendation')}, ${answered} answered by at least one action; ` +
        `${coverage.uncovered.length} with no action; ${countWord(coverage.unlinked.length, 'action')} citing no recommendation ` +
        `(${coverage.scheme.name} ratings, ${asOf}).`,
      format,
    ),
    ...coverage.recommendations.map((rec) => recommendationBlock(rec, format)),
  ];
  if (coverage.uncovered.length > 0) {
    parts.push(renderHeading(`Recommendations with no action (${coverage.uncovered.length})`, 2, format));
    parts.push(coverage.uncovered.map((rec) => renderLine(`- ${rec.code ?? rec.text}`, format)).join('\n'));
  }
  if (coverage.unlinked.length > 0) {
    parts.push(renderHeading(`Actions citing no recommendation (${coverage.unlinked.length})`, 2, format));
    const rows = coverage.unlinked.map((action) => [refWord(action.ref), action.title]);
    parts.push(renderTable([{ heading: 'Ref' }, { heading: 'Action', maxWidth: TITLE_WIDTH }], rows, format));
  }
  return parts.join('\n\n');
}
