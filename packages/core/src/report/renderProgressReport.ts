import { formatDate } from '../dates';
import { renderHeading, renderLine, renderTable, type TableColumn, type ReportFormat } from './blocks';
import type { DueItem, GroupSummary, LevelCount, ProgressReport, RatedAction } from './progressReport';
import { countWord, dateWord, refWord } from './words';

const TITLE_WIDTH = 60;

/** `Amber 1, Green 8`: the non-zero counts of one side, in the scheme's order. */
function countsLine(counts: readonly LevelCount[], side: 'reported' | 'derived'): string {
  const parts = counts.filter((count) => count[side] > 0).map((count) => `${count.label} ${count[side]}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function section(title: string, body: string, format: ReportFormat): string {
  return `${renderHeading(title, 2, format)}\n\n${body}`;
}

function listOrNone<T>(items: readonly T[], table: (items: readonly T[]) => string, format: ReportFormat): string {
  return items.length === 0 ? renderLine('None.', format) : table(items);
}

function countsTable(counts: readonly LevelCount[], format: ReportFormat): string {
  const shown = counts.filter((count) => count.level !== null || count.reported + count.derived > 0);
  const columns: TableColumn[] = [{ heading: 'Rating' }, { heading: 'Reported', align: 'right' }, { heading: 'Derived', align: 'right' }];
  return renderTable(columns, shown.map((count) => [count.label, String(count.reported), String(count.derived)]), format);
}

function groupsTable(groups: readonly GroupSummary[], heading: string, format: ReportFormat): string {
  const columns: TableColumn[] = [
    { heading, maxWidth: TITLE_WIDTH },
    { heading: 'Actions', align: 'right' },
    { heading: 'Reported' },
    { heading: 'Derived' },
    { heading: 'Reported counts' },
    { heading: 'Derived counts' },
  ];
  const rows = groups.map((group) => [
    group.code === null ? group.title : `${group.code}: ${group.title}`,
    String(group.actionCount),
    group.reported.label,
    group.derived.label,
    countsLine(group.counts, 'reported'),
    countsLine(group.counts, 'derived'),
  ]);
  return renderTable(columns, rows, format);
}

function dueTable(items: readonly DueItem[], daysHeading: string, format: ReportFormat): string {
  const columns: TableColumn[] = [
    { heading: 'Ref' },
    { heading: 'Action', maxWidth: TITLE_WIDTH },
    { heading: 'Lead' },
    { heading: 'Due' },
    { heading: daysHeading, align: 'right' },
  ];
  const rows = items.map((item) => [
    refWord(item.action.ref),
    item.action.title,
    item.leads.join(', '),
    // A month falls due on its last day: say which day the count runs from.
    item.due === item.dueDay ? formatDate(item.due) : `${formatDate(item.due)} (${formatDate(item.dueDay)})`,
    String(item.days),
  ]);
  return renderTable(columns, rows, format);
}

function ratingsTable(items: readonly (RatedAction & { exceptionReason?: string })[], format: ReportFormat): string {
  const columns: TableColumn[] = [
    { heading: 'Ref' },
    { heading: 'Action', maxWidth: TITLE_WIDTH },
    { heading: 'Lead' },
    { heading: 'Reported' },
    { heading: 'Derived' },
    { heading: 'Reason' },
  ];
  const rows = items.map((item) => [
    refWord(item.action.ref),
    item.action.title,
    item.leads.join(', '),
    item.reported.label,
    item.derived.label,
    item.exceptionReason ?? item.reason,
  ]);
  return renderTable(columns, rows, format);
}

/**
 * A progress report as Markdown a committee clerk can paste, or as plain text for a terminal. Ratings are
 * always words (`Amber`), never colour alone; cell text is escaped, never passed through as HTML.
 *
 * @example
 * console.log(renderProgressReport(buildProgressReport(plan, { asOf: '2017-04-30' }), 'text'));
 */
export function renderProgressReport(report: ProgressReport, format: ReportFormat): string {
  const asOf = report.asOf === null ? 'no as-of date' : `as of ${dateWord(report.asOf)}`;
  const intro = [
    report.plan.organisation,
    `${asOf}; ${report.scheme.name} ratings; roll-up: ${report.rollUp}.`,
  ]
    .filter((line): line is string => line !== null)
    .map((line) => renderLine(line, format));
  const summary = renderLine(
    `${countWord(report.actionCount, 'action')}. Reported: ${countsLine(report.counts, 'reported')}. ` +
      `Derived: ${countsLine(report.counts, 'derived')}. Plan roll-up: reported ${report.reported.label}, derived ${report.derived.label}. ` +
      `${report.overdue.length} overdue, ${report.dueSoon.length} due within ${report.dueSoonDays} days, ` +
      `${countWord(report.mismatches.length, 'reported rating')} differing from the evidence.`,
    format,
  );
  const parts = [
    renderHeading(`Progress report: ${report.plan.title}`, 1, format),
    intro.join(format === 'markdown' ? '  \n' : '\n'),
    summary,
    countsTable(report.counts, format),
    section('Sections', listOrNone(report.sections, (g) => groupsTable(g, 'Section', format), format), format),
    section('Recommendations', listOrNone(report.recommendations, (g) => groupsTable(g, 'Recommendation', format), format), format),
    section(`Overdue (${report.overdue.length})`, listOrNone(report.overdue, (i) => dueTable(i, 'Days overdue', format), format), format),
    section(
      `Due within ${report.dueSoonDays} days (${report.dueSoon.length})`,
      listOrNone(report.dueSoon, (i) => dueTable(i, 'Days left', format), format),
      format,
    ),
    section(`Exceptions: red and amber (${report.exceptions.length})`, listOrNone(report.exceptions, (i) => ratingsTable(i, format), format), format),
    section(
      `Reported rating differs from the evidence (${report.mismatches.length})`,
      listOrNone(report.mismatches, (i) => ratingsTable(i, format), format),
      format,
    ),
  ];
  if (report.issues.length > 0) {
    parts.push(section('Notes', report.issues.map((issue) => renderLine(`- ${issue.message}`, format)).join('\n'), format));
  }
  return parts.join('\n\n');
}
