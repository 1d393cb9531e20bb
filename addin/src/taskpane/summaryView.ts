import type { DueItem, ProgressReport } from '@actionplan/core';
import { h } from './dom';

function dueList(title: string, items: readonly DueItem[], unit: string): HTMLElement {
  return h(
    'section',
    { class: 'due' },
    h('h3', {}, `${title} (${items.length})`),
    items.length === 0
      ? h('p', { class: 'empty' }, 'None.')
      : h(
          'ul',
          {},
          ...items.map((item) =>
            h('li', {}, h('strong', {}, item.action.ref ?? ''), ` ${item.action.title} — ${item.dueText ?? item.due}, ${item.days} ${unit}`),
          ),
        ),
  );
}

/**
 * RAG counts per section (derived, with reported in brackets), then the overdue and due-soon lists.
 *
 * @example
 * panel.replaceChildren(summaryView(report));
 */
export function summaryView(report: ProgressReport): HTMLElement {
  const levels = report.counts.filter((count) => count.reported + count.derived > 0);
  const groups = report.sections.length > 0 ? report.sections : report.recommendations;
  return h(
    'div',
    { class: 'summary' },
    h('p', {}, `${report.actionCount} actions as of ${report.asOf ?? 'no date'}, ${report.scheme.name}.`),
    h(
      'table',
      { class: 'counts' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Section'), ...levels.map((level) => h('th', {}, level.label)))),
      h(
        'tbody',
        {},
        ...groups.map((group) =>
          h(
            'tr',
            {},
            h('td', {}, group.title),
            ...levels.map((level) => {
              const count = group.counts.find((c) => c.level === level.level);
              return h('td', {}, `${count?.derived ?? 0} (${count?.reported ?? 0})`);
            }),
          ),
        ),
      ),
    ),
    h('p', { class: 'hint' }, 'Derived count, with the count the sheet reports in brackets.'),
    dueList('Overdue', report.overdue, 'days overdue'),
    dueList(`Due within ${report.dueSoonDays} days`, report.dueSoon, 'days left'),
  );
}
