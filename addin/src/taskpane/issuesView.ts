import type { Plan, PlanIssue } from '@actionplan/core';
import { groupIssues } from '../pipeline/groupIssues';
import { issueCell } from '../pipeline/locateIssue';
import type { CellRef } from '../pipeline/locateIssue';
import { h } from './dom';

const HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/**
 * The issue list: severity headings, then one block per action, then one button per issue that
 * selects the issue's cell when clicked. Every text goes in as text.
 *
 * @example
 * list.replaceChildren(issuesView(issues, plan, (cell) => select(cell)));
 */
export function issuesView(issues: readonly PlanIssue[], plan: Plan, onSelect: (cell: CellRef) => void): HTMLElement {
  if (issues.length === 0) return h('p', { class: 'empty' }, 'No issues found.');
  return h(
    'div',
    { class: 'issues' },
    ...groupIssues(issues, plan).map((group) =>
      h(
        'section',
        { class: `severity ${group.severity}`, 'data-severity': group.severity },
        h('h3', {}, `${HEADINGS[group.severity]} (${group.count})`),
        ...group.actions.map((action) =>
          h(
            'div',
            { class: 'action-issues' },
            h('h4', {}, action.label),
            h(
              'ul',
              {},
              ...action.issues.map((issue) => {
                const cell = issueCell(plan, issue);
                const where = cell ? `${cell.sheet}!${cell.cell}` : '';
                return h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'issue',
                      'data-code': issue.code,
                      'data-cell': where,
                      disabled: cell === null,
                      title: cell ? `Select ${where}` : 'This issue has no cell',
                      onclick: () => cell && onSelect(cell),
                    },
                    h('span', { class: 'message' }, issue.message),
                    h('span', { class: 'where' }, where),
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
