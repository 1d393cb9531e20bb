import type { Grid } from '@actionplan/core';
import exampleWorkbooks from 'virtual:example-workbooks';
import { FakeExcel } from '../fake/fakeExcel';
import { FakeSettings } from '../fake/fakeSettings';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import type { AddinEnv, ExcelHost } from '../office/hostTypes';
import { mountPane } from '../taskpane/app';
import { h } from '../taskpane/dom';
import { localToday } from '../taskpane/localToday';
import { linesToGrid, SEED_003_LINES } from './seedSample';
import { renderWorkbook } from './sheetView';
import '../taskpane/pane.css';
import './preview.css';

/** A workbook the preview can open. */
interface PreviewWorkbook {
  id: string;
  title: string;
  grid: Grid;
}

/** What the end-to-end tests reach through `window.actionplanPreview`. */
export interface PreviewHandle {
  workbooks: string[];
  excel: FakeExcel;
  settings: FakeSettings;
  open(id: string): void;
  openGrid(grid: Grid): void;
}

declare global {
  interface Window {
    actionplanPreview: PreviewHandle;
  }
}

const workbooks: PreviewWorkbook[] = [
  ...exampleWorkbooks,
  { id: 'seed-003-excerpt', title: 'City of London 2016 (seed excerpt)', grid: linesToGrid('Action plan', SEED_003_LINES) },
];

const picker = document.getElementById('workbook-picker') as HTMLSelectElement;
const workbookView = document.getElementById('workbook') as HTMLElement;
const paneRoot = document.getElementById('app') as HTMLElement;

function openGrid(grid: Grid): void {
  const excel = new FakeExcel(fakeWorkbookFromGrid(grid));
  const settings = new FakeSettings();
  let shown: string | null = null;
  const redraw = (): void => renderWorkbook(workbookView, excel, shown, (name) => {
    shown = name;
    redraw();
  });
  // Redraw the simulated sheet after every batch the pane runs, as Excel would repaint.
  const host: ExcelHost = {
    run: async (batch) => {
      try {
        return await excel.run(batch);
      } finally {
        shown = null;
        redraw();
      }
    },
  };
  const originalEdit = excel.edit.bind(excel);
  excel.edit = async (...args) => {
    await originalEdit(...args);
    redraw();
  };
  const env: AddinEnv = { host, settings, isSetSupported: () => true, userName: 'Preview user', now: () => new Date().toISOString() };
  mountPane(paneRoot, env, { today: () => localToday() });
  redraw();
  window.actionplanPreview = { ...window.actionplanPreview, excel, settings };
}

function open(id: string): void {
  const workbook = workbooks.find((w) => w.id === id) ?? workbooks[0];
  if (!workbook) return;
  picker.value = workbook.id;
  openGrid(workbook.grid);
}

picker.replaceChildren(...workbooks.map((w) => h('option', { value: w.id }, w.title)));
picker.addEventListener('change', () => open(picker.value));
window.actionplanPreview = { workbooks: workbooks.map((w) => w.id), excel: new FakeExcel({ sheets: [], activeSheetId: '', selection: null }), settings: new FakeSettings(), open, openGrid };
open(new URLSearchParams(location.search).get('workbook') ?? workbooks[0]?.id ?? '');
