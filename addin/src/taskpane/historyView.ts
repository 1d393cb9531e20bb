import type { HistoryEntry } from '../office/history';
import { h } from './dom';

/**
 * The changes made through the add-in, newest first.
 *
 * @example
 * panel.replaceChildren(historyView(await host.run(readHistory)));
 */
export function historyView(entries: readonly HistoryEntry[]): HTMLElement {
  if (entries.length === 0) return h('p', { class: 'empty' }, 'No changes made through the add-in yet.');
  return h(
    'ol',
    { class: 'history', reversed: true },
    ...[...entries].reverse().map((entry) =>
      h(
        'li',
        {},
        `${entry.when.slice(0, 16).replace('T', ' ')} ${entry.who ? `${entry.who}: ` : ''}${entry.ref} ${entry.field} `,
        h('span', { class: 'old' }, entry.old || '(blank)'),
        ' → ',
        h('span', { class: 'new' }, entry.new),
        h('div', { class: 'reason' }, entry.reason),
      ),
    ),
  );
}
