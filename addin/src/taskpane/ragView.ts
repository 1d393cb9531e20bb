import type { RatedAction } from '@actionplan/core';
import type { RatingChange } from '../office/writeRatings';
import { h } from './dom';

function levelBadge(label: string, level: string | null): HTMLElement {
  return h('span', { class: `rag rag-${level ?? 'none'}` }, label);
}

/**
 * Every action's reported and derived rating side by side, with the reason for the derived one;
 * rows where they differ are marked.
 *
 * @example
 * panel.replaceChildren(ratingsView(report.ratings));
 */
export function ratingsView(ratings: readonly RatedAction[]): HTMLElement {
  return h(
    'table',
    { class: 'ratings' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Ref'), h('th', {}, 'Reported'), h('th', {}, 'Derived'), h('th', {}, 'Why'))),
    h(
      'tbody',
      {},
      ...ratings.map((rated) =>
        h(
          'tr',
          { class: rated.mismatch ? 'mismatch' : '', 'data-ref': rated.action.ref ?? '' },
          h('td', { title: rated.action.title }, rated.action.ref ?? rated.action.title.slice(0, 24)),
          h('td', {}, levelBadge(rated.reported.label, rated.reported.level)),
          h('td', {}, levelBadge(rated.derived.label, rated.derived.level)),
          h('td', { class: 'reason' }, rated.reason),
        ),
      ),
    ),
  );
}

/**
 * The preview "Apply" shows first: every cell that will change, from what to what, and why.
 *
 * @example
 * panel.replaceChildren(changesView(changes));
 */
export function changesView(changes: readonly RatingChange[]): HTMLElement {
  if (changes.length === 0) return h('p', { class: 'empty' }, 'Every reported rating already matches the evidence.');
  return h(
    'ol',
    { class: 'changes' },
    ...changes.map((change) =>
      h(
        'li',
        { 'data-cell': `${change.sheet}!${change.cell}` },
        h('strong', {}, `${change.ref} (${change.cell})`),
        ' ',
        h('span', { class: 'old' }, change.old === '' ? '(blank)' : change.old),
        ' → ',
        h('span', { class: 'new' }, change.new),
        h('div', { class: 'reason' }, change.reason),
      ),
    ),
  );
}
