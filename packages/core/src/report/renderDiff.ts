import type { ActionLabel } from './actionLabel';
import { renderHeading, renderLine, renderTable, type TableColumn, type ReportFormat } from './blocks';
import type { DateChange, PlanDiff, RagChange, SnapshotLabel } from './diffPlans';
import { countWord, dateWord, refWord, statusWord } from './words';

const TITLE_WIDTH = 50;
const TEXT_WIDTH = 60;

const REF: TableColumn = { heading: 'Ref' };
const ACTION: TableColumn = { heading: 'Action', maxWidth: TITLE_WIDTH };

function actionCells(action: ActionLabel): string[] {
  return [refWord(action.ref), action.title];
}

function snapshotWords(snapshot: SnapshotLabel): string {
  return `${snapshot.title} (${snapshot.asOf === null ? 'undated' : `as of ${dateWord(snapshot.asOf)}`})`;
}

/** `30 days later`, `set`, `restated`: how a date moved. */
function movedWords(change: DateChange): string {
  if (change.days === null || change.days === 0) return change.direction;
  return `${countWord(Math.abs(change.days), 'day')} ${change.direction}`;
}

function ragRows(changes: readonly RagChange[], withReason: boolean): string[][] {
  return changes.map((change) => [
    ...actionCells(change.action),
    change.fromLabel,
    change.toLabel,
    change.direction,
    ...(withReason ? [change.reason ?? ''] : []),
  ]);
}

/**
 * The change since the last report as Markdown or plain text: only the kinds of change that happened,
 * each as a table; ratings as words with `improved` or `worsened`, date slips in days.
 *
 * @example
 * renderDiff(diffPlans(march, april), 'markdown');
 */
export function renderDiff(diff: PlanDiff, format: ReportFormat): string {
  const parts: string[] = [
    renderHeading('Changes since the last report', 1, format),
    [
      `Before: ${snapshotWords(diff.before)}`,
      `After: ${snapshotWords(diff.after)}`,
      diff.asOf === null ? 'Derived ratings not compared: no as-of date.' : `Derived ratings as of ${dateWord(diff.asOf)}.`,
    ]
      .map((line) => renderLine(line, format))
      .join(format === 'markdown' ? '  \n' : '\n'),
  ];
  const block = (title: string, count: number, columns: TableColumn[], rows: string[][]) => {
    if (count === 0) return;
    parts.push(renderHeading(`${title} (${count})`, 2, format), renderTable(columns, rows, format));
  };
  const rating = [REF, ACTION, { heading: 'Was' }, { heading: 'Now' }, { heading: 'Change' }];
  const text = (heading: string): TableColumn => ({ heading, maxWidth: TEXT_WIDTH });

  block('Reported ratings changed', diff.ragChanges.length, rating, ragRows(diff.ragChanges, false));
  block('Derived ratings changed', diff.derivedRagChanges.length, [...rating, text('Reason')], ragRows(diff.derivedRagChanges, true));
  block(
    'Status changed',
    diff.statusChanges.length,
    [REF, ACTION, { heading: 'Was' }, { heading: 'Now' }],
    diff.statusChanges.map((change) => [...actionCells(change.action), statusWord(change.from), statusWord(change.to)]),
  );
  block(
    'Dates moved',
    diff.dateChanges.length,
    [REF, ACTION, { heading: 'Date' }, { heading: 'Was' }, { heading: 'Now' }, { heading: 'Moved' }],
    diff.dateChanges.map((change) => [
      ...actionCells(change.action),
      change.field === 'due' ? 'Due' : 'Start',
      change.fromText ?? dateWord(change.from),
      change.toText ?? dateWord(change.to),
      movedWords(change),
    ]),
  );
  block('Added', diff.added.length, [REF, ACTION], diff.added.map(actionCells));
  block('Removed', diff.removed.length, [REF, ACTION], diff.removed.map(actionCells));
  block(
    'Leads changed',
    diff.leadChanges.length,
    [REF, ACTION, { heading: 'Was' }, { heading: 'Now' }],
    diff.leadChanges.map((change) => [...actionCells(change.action), change.from.join(', '), change.to.join(', ')]),
  );
  const entries = diff.newProgress.flatMap((item) => item.entries.map((entry) => ({ action: item.action, entry })));
  block(
    'New progress notes',
    entries.length,
    [REF, ACTION, { heading: 'Date' }, text('Note')],
    entries.map(({ action, entry }) => [...actionCells(action), dateWord(entry.date), entry.text]),
  );
  block(
    'Comments changed',
    diff.commentChanges.length,
    [REF, ACTION, text('Was'), text('Now')],
    diff.commentChanges.map((change) => [...actionCells(change.action), change.from ?? '', change.to ?? '']),
  );
  block(
    'Reworded',
    diff.titleChanges.length,
    [REF, text('Was'), text('Now')],
    diff.titleChanges.map((change) => [refWord(change.action.ref), change.from ?? '', change.to ?? '']),
  );
  block(
    'Matched by ref and title (ids differ)',
    diff.rematched.length,
    [{ heading: 'Was' }, { heading: 'Now' }, { heading: 'Similarity', align: 'right' }],
    diff.rematched.map((match) => [
      `${refWord(match.before.ref)} ${match.before.title}`,
      `${refWord(match.after.ref)} ${match.after.title}`,
      match.score.toFixed(2),
    ]),
  );
  const changed = parts.length > 2;
  parts.push(
    renderLine(
      changed
        ? `${countWord(diff.unchanged, 'action')} unchanged.`
        : `No changes: ${countWord(diff.unchanged, 'action')}, all as before.`,
      format,
    ),
  );
  return parts.join('\n\n');
}
