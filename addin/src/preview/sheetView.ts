import { cellAddress } from '@actionplan/core';
import type { FakeExcel } from '../fake/fakeExcel';
import { displayText } from '../fake/fakeWorkbook';
import { h } from '../taskpane/dom';

/** Rows drawn at most: enough to see a plan; a 10,000-row test sheet still validates in full. */
const MAX_ROWS = 400;

function columnLetters(index: number): string {
  return cellAddress(0, index).replace(/\d+$/, '');
}

/**
 * Draws the simulated workbook the way Excel shows it: a grid with column letters and row numbers,
 * fills, bold, the selection, and sheet tabs (hidden sheets in italics, so the preview shows the
 * add-in's history sheet). Double-click a cell to edit it; the edit fires the sheet's change events.
 *
 * @example
 * renderWorkbook(container, excel, null, (name) => redraw(name));
 */
export function renderWorkbook(container: HTMLElement, excel: FakeExcel, shownSheet: string | null, onShowSheet: (name: string) => void): void {
  const workbook = excel.workbook;
  const sheet = workbook.sheets.find((s) => s.name === shownSheet) ?? workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? workbook.sheets[0];
  if (!sheet) return;
  // Rows are sparse (a hole is an empty row), so count with a loop rather than map.
  let width = 1;
  for (const row of sheet.rows) width = Math.max(width, row?.length ?? 0);
  const height = Math.min(sheet.rows.length, MAX_ROWS);
  const selection = workbook.selection?.sheet === sheet.name ? workbook.selection.address : null;
  const head = h('tr', {}, h('th', { class: 'row-head' }), ...Array.from({ length: width }, (_, c) => h('th', {}, columnLetters(c))));
  const body = Array.from({ length: height }, (_, r) =>
    h(
      'tr',
      {},
      h('th', { class: 'row-head' }, String(r + 1)),
      ...Array.from({ length: width }, (_, c) => {
        const cell = sheet.rows[r]?.[c];
        const address = cellAddress(r, c);
        const text = displayText(cell);
        const td = h('td', { 'data-address': address, title: text, class: [address === selection ? 'selected' : '', cell?.bold ? 'bold' : ''].join(' ').trim() }, text);
        if (cell && cell.fill.pattern !== 'None') td.style.backgroundColor = cell.fill.color;
        if (cell && cell.fontColor !== '#000000') td.style.color = cell.fontColor;
        td.addEventListener('dblclick', () => {
          td.contentEditable = 'plaintext-only';
          td.focus();
        });
        td.addEventListener('blur', () => {
          if (td.contentEditable !== 'plaintext-only') return;
          td.contentEditable = 'false';
          const typed = td.textContent ?? '';
          if (typed !== text) void excel.edit(sheet.name, address, [[typed]]);
        });
        return td;
      }),
    ),
  );
  const note = sheet.rows.length > height ? h('p', { class: 'sheet-note' }, `Showing the first ${height} of ${sheet.rows.length} rows.`) : null;
  const tabs = workbook.sheets.map((s) =>
    h(
      'button',
      { type: 'button', 'aria-selected': String(s === sheet), class: s.visibility === 'Visible' ? '' : 'hidden-sheet', onclick: () => onShowSheet(s.name) },
      s.visibility === 'Visible' ? s.name : `${s.name} (hidden)`,
    ),
  );
  container.replaceChildren(
    h('div', { class: 'sheet-scroll' }, h('table', { class: 'sheet', 'data-sheet': sheet.name }, h('thead', {}, head), h('tbody', {}, ...body))),
    ...(note ? [note] : []),
    h('nav', { class: 'sheet-tabs' }, ...tabs),
  );
}
