import { builtInSchemes, renderProgressReport } from '@actionplan/core';
import type { Grid, GridSheet } from '@actionplan/core';
import { featureSupport } from '../office/capabilities';
import type { Feature } from '../office/capabilities';
import { createChangeCounter } from '../office/changeCounter';
import { watchSheetChanges } from '../office/changeWatcher';
import { clearHighlights, highlightCells } from '../office/highlight';
import type { SavedFill } from '../office/highlight';
import { readHistory } from '../office/history';
import type { AddinEnv } from '../office/hostTypes';
import { freeSheetName, insertReportSheet } from '../office/insertReport';
import { insertPlanSheet } from '../office/newPlanSheet';
import { readRows, readSheetGrid } from '../office/readSheet';
import type { SheetReading } from '../office/readSheet';
import { AUTO_SCHEME, readSettings, saveSettings, writeSettings } from '../office/settings';
import type { AddinSettings } from '../office/settings';
import { selectCell } from '../office/selectCell';
import { writeRatings } from '../office/writeRatings';
import type { RatingChange, RefusedChange } from '../office/writeRatings';
import { ANALYSIS_STAGES, schemeFor } from '../pipeline/analyseGrid';
import type { Analysis, AnalysisStage } from '../pipeline/analyseGrid';
import { inlineRunner } from '../pipeline/analysisRunner';
import type { AnalysisRunner } from '../pipeline/analysisRunner';
import { analyseUntilUnchanged } from '../pipeline/analyseUntilUnchanged';
import type { CheckOutcome } from '../pipeline/analyseUntilUnchanged';
import { issueCell } from '../pipeline/locateIssue';
import { ratingChanges } from '../pipeline/ratingChanges';
import { createPipelineWorker, workerRunner } from '../pipeline/workerRunner';
import { fill, h } from './dom';
import { historyView } from './historyView';
import { issuesView } from './issuesView';
import { createProgress } from './progress';
import type { WorkReport } from './progress';
import { changesView, ratingsView } from './ragView';
import { summaryView } from './summaryView';

const HIGHLIGHTS_KEY = 'actionplan.highlights';

/** The pane's options besides its host: what "today" is when the settings give no as-of date, and where analyses run. */
export interface PaneOptions {
  today(): string;
  /** Where the core pipeline runs; a Web Worker by default, on this thread where there are none. */
  runner?: AnalysisRunner;
}

const STAGE_TEXT: Record<AnalysisStage, string> = {
  interpreting: 'Checking: reading the plan from the sheet',
  validating: 'Checking: applying the validation rules',
  rating: 'Checking: rating every action',
};

const KEPT_CHANGING = 'The sheet kept changing while it was being checked, so no result is shown. Press Validate once the edits pause.';

function defaultRunner(): AnalysisRunner {
  return typeof Worker === 'undefined' ? inlineRunner() : workerRunner(createPipelineWorker);
}

function button(label: string, onclick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', onclick, ...attributes }, label);
}

function refusedView(refused: readonly RefusedChange[]): HTMLElement {
  return h(
    'div',
    { class: 'refused', role: 'alert' },
    h('p', {}, `Not written: ${refused.length === 1 ? 'this cell' : 'these cells'} changed after the preview, and your entry is kept.`),
    h('ul', {}, ...refused.map(({ change, found }) => h('li', { 'data-cell': `${change.sheet}!${change.cell}` }, `${change.ref} (${change.cell}) now says "${found}", not "${change.old}" as previewed.`))),
  );
}

function storedHighlights(env: AddinEnv): SavedFill[] {
  const raw = env.settings.get(HIGHLIGHTS_KEY);
  return Array.isArray(raw) ? (raw as SavedFill[]) : [];
}

/**
 * Builds the task pane into `root` and wires it to the host: Check (validate, highlight, live
 * checking), RAG (reported vs derived, preview, apply), Summary (counts, overdue, due soon, insert
 * report), History, and Settings (scheme, as-of date, stale threshold, new plan sheet). Features the
 * host cannot support are disabled with a note.
 *
 * @example
 * Office.onReady(() => mountPane(document.getElementById('app')!, createOfficeEnv(), { today: localToday }));
 */
export function mountPane(root: HTMLElement, env: AddinEnv, options: PaneOptions): void {
  const caps = featureSupport((name, version) => env.isSetSupported(name, version));
  let settings: AddinSettings = readSettings(env.settings);
  const runner = options.runner ?? defaultRunner();
  const counter = createChangeCounter();
  let grid: Grid | null = null;
  let sheet: GridSheet | null = null;
  let worksheetId = '';
  let analysis: Analysis | null = null;
  let changes: RatingChange[] = [];
  let highlights = storedHighlights(env);
  let stopWatching: (() => void) | null = null;

  const progress = createProgress(root);
  const issuesPanel = h('div', { class: 'results', id: 'issues' }, h('p', { class: 'empty' }, 'Press Validate to check the active sheet.'));
  const ratingsPanel = h('div', { class: 'results', id: 'ratings' });
  const changesPanel = h('div', { class: 'results', id: 'changes' });
  const summaryPanel = h('div', { class: 'results', id: 'summary' });
  const historyPanel = h('div', { class: 'results', id: 'history' });

  const validateButton = button('Validate sheet', () => void validate(), { id: 'validate' });
  const highlightButton = button('Highlight', () => void highlight(), { id: 'highlight' });
  const clearButton = button('Clear highlights', () => void clear(), { id: 'clear-highlights' });
  const liveToggle = h('input', { type: 'checkbox', id: 'live', onchange: () => void toggleLive() });
  const previewButton = button('Preview changes', () => previewChanges(), { id: 'preview-rag' });
  const applyButton = button('Apply', () => void apply(), { id: 'apply-rag' });
  const reportButton = button('Insert report', () => void insertReport(), { id: 'insert-report' });
  const newSheetButton = button('New plan sheet', () => void newPlanSheet(), { id: 'new-plan-sheet' });
  const historyButton = button('Show history', () => void showHistory(), { id: 'show-history' });

  const schemeSelect = h(
    'select',
    { id: 'scheme' },
    h('option', { value: AUTO_SCHEME, selected: settings.schemeId === AUTO_SCHEME }, 'As the sheet suggests'),
    ...Object.values(builtInSchemes).map((scheme) => h('option', { value: scheme.id, selected: scheme.id === settings.schemeId }, scheme.name)),
  );
  const asOfInput = h('input', { type: 'date', id: 'as-of', value: settings.asOf ?? '' });
  const staleInput = h('input', { type: 'number', id: 'stale-days', min: 1, step: 1, value: settings.staleDays });
  const saveButton = button('Save settings', () => void saveChoices(), { id: 'save-settings' });

  const gated: Array<[HTMLButtonElement | HTMLInputElement, Feature]> = [
    [validateButton, 'validate'],
    [highlightButton, 'highlight'],
    [clearButton, 'highlight'],
    [liveToggle, 'live'],
    [newSheetButton, 'newPlanSheet'],
  ];
  const notes = Object.values(caps).filter((cap) => !cap.available).map((cap) => h('li', {}, cap.note));

  function refreshButtons(): void {
    for (const [control, feature] of gated) control.disabled = !caps[feature].available;
    const ready = analysis !== null;
    highlightButton.disabled ||= !ready || analysis?.issues.length === 0;
    clearButton.disabled ||= highlights.length === 0;
    previewButton.disabled = !ready;
    applyButton.disabled = changes.length === 0;
    reportButton.disabled = !ready;
  }

  const tabs = ['Check', 'RAG', 'Summary', 'History', 'Settings'] as const;
  const panels: Record<(typeof tabs)[number], HTMLElement> = {
    Check: h(
      'section',
      { class: 'panel' },
      h('div', { class: 'actions' }, validateButton, highlightButton, clearButton),
      h('label', { class: 'toggle' }, liveToggle, ' Live checking (re-checks edited rows; press Validate after pasting)'),
      issuesPanel,
    ),
    RAG: h('section', { class: 'panel' }, h('div', { class: 'actions' }, previewButton, applyButton), changesPanel, ratingsPanel),
    Summary: h('section', { class: 'panel' }, h('div', { class: 'actions' }, reportButton), summaryPanel),
    History: h('section', { class: 'panel' }, h('div', { class: 'actions' }, historyButton), historyPanel),
    Settings: h(
      'section',
      { class: 'panel' },
      h(
        'form',
        { class: 'settings', onsubmit: (event: Event) => event.preventDefault() },
        h('label', {}, 'RAG scheme ', schemeSelect),
        h('label', {}, 'As of ', asOfInput, h('span', { class: 'hint' }, ' (blank: today)')),
        h('label', {}, 'Stale after (days) ', staleInput),
        saveButton,
      ),
      h('div', { class: 'actions' }, newSheetButton),
      h('p', { class: 'hint' }, 'Settings are stored in this workbook, so they travel with it.'),
    ),
  };
  const tabButtons = tabs.map((name) =>
    h('button', { type: 'button', role: 'tab', class: 'tab', 'data-tab': name, onclick: () => showTab(name) }, name),
  );
  function showTab(name: (typeof tabs)[number]): void {
    tabs.forEach((tab, i) => {
      panels[tab].hidden = tab !== name;
      tabButtons[i]?.setAttribute('aria-selected', String(tab === name));
    });
  }

  fill(
    root,
    h('header', {}, h('h1', {}, 'Action plan checker')),
    notes.length > 0 ? h('ul', { class: 'notes', id: 'host-notes' }, ...notes) : null,
    progress.element,
    h('nav', { role: 'tablist' }, ...tabButtons),
    ...tabs.map((tab) => panels[tab]),
  );
  showTab('Check');
  refreshButtons();

  function render(): void {
    if (analysis === null) return;
    const current = analysis;
    fill(issuesPanel, issuesView(current.issues, current.plan, (cell) => void progress.run(`Selecting ${cell.cell}`, () => env.host.run((context) => selectCell(context, cell.sheet, cell.cell)))));
    fill(ratingsPanel, ratingsView(current.report.ratings));
    fill(summaryPanel, summaryView(current.report));
    const counts = ['error', 'warning', 'info'].map((severity) => current.issues.filter((issue) => issue.severity === severity).length);
    progress.say(`${sheet?.name ?? ''}: ${current.plan.actions.length} actions; ${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} notes (as of ${current.asOf}).`);
  }

  /** Runs the pipeline off the pane's thread, showing each stage; the officer's Cancel stops it. */
  function analyseSheet(target: GridSheet, report: WorkReport): Promise<Analysis> {
    return runner.analyse(
      { grid: { sheets: [target] }, settings, today: options.today() },
      { onStage: (stage) => report.step(`${STAGE_TEXT[stage]}…`, ANALYSIS_STAGES.indexOf(stage) + 1, ANALYSIS_STAGES.length), signal: report.signal },
    );
  }

  /** Shows a check's result; a check whose sheet kept changing shows nothing, never a stale result. */
  function settle(outcome: CheckOutcome<SheetReading, Analysis>): void {
    if (!outcome.ok) {
      progress.say(KEPT_CHANGING);
      return;
    }
    sheet = outcome.reading.sheet;
    worksheetId = outcome.reading.worksheetId;
    grid = { sheets: [sheet] };
    analysis = outcome.analysis;
    changes = [];
    fill(changesPanel);
    render();
  }

  async function validate(): Promise<void> {
    await progress.run('Validating', async (report) => {
      const outcome = await analyseUntilUnchanged(
        {
          read: () =>
            env.host.run((context) =>
              readSheetGrid(context, {
                readFormats: caps.readFormats.available,
                readMerges: caps.readMerges.available,
                signal: report.signal,
                onProgress: report.rows,
                onOpened: (worksheet) => counter.attach(worksheet),
              }),
            ),
          analyse: (reading) => analyseSheet(reading.sheet, report),
        },
        counter,
      );
      settle(outcome);
    });
    refreshButtons();
  }

  async function recheck(rows: number[] | null): Promise<void> {
    const current = sheet;
    if (rows === null || current === null) return validate();
    const width = Math.max(0, ...current.rows.map((row) => row.length));
    await progress.run(`Re-checking ${rows.length} changed row${rows.length === 1 ? '' : 's'}`, async (report) => {
      const read = async (): Promise<SheetReading> => {
        const cells = await env.host.run((context) => readRows(context, current.name, rows, width, caps.readFormats.available));
        const patched = [...current.rows];
        for (const [row, rowCells] of cells) patched[row] = rowCells;
        return { sheet: { ...current, rows: patched }, worksheetId, syncs: 1 };
      };
      settle(await analyseUntilUnchanged({ read, analyse: (reading) => analyseSheet(reading.sheet, report) }, counter));
    });
    refreshButtons();
  }

  async function toggleLive(): Promise<void> {
    if (!liveToggle.checked) {
      stopWatching?.();
      stopWatching = null;
      return;
    }
    if (sheet === null) await validate();
    const name = sheet?.name;
    if (name === undefined) return;
    stopWatching = await watchSheetChanges(env.host, name, (rows) => void recheck(rows));
    progress.say(`Live checking ${name}.`);
  }

  async function highlight(): Promise<void> {
    const current = analysis;
    if (current === null) return;
    const cells = current.issues.flatMap((issue) => issueCell(current.plan, issue) ?? []);
    await progress.run('Highlighting', async () => {
      highlights = await env.host.run((context) => highlightCells(context, cells, highlights));
      env.settings.set(HIGHLIGHTS_KEY, highlights);
      await saveSettings(env.settings);
      progress.say(`Highlighted ${new Set(cells.map((c) => `${c.sheet}!${c.cell}`)).size} cells.`);
    });
    refreshButtons();
  }

  async function clear(): Promise<void> {
    await progress.run('Clearing highlights', async () => {
      const { restored, keptOfficerFill } = await env.host.run((context) => clearHighlights(context, highlights));
      const kept = keptOfficerFill.map((c) => c.cell).join(', ');
      progress.say(`Restored ${restored} cell${restored === 1 ? '' : 's'}.${kept ? ` Kept the fill you gave ${kept} since highlighting.` : ''}`);
      highlights = [];
      env.settings.set(HIGHLIGHTS_KEY, []);
      await saveSettings(env.settings);
    });
    refreshButtons();
  }

  function previewChanges(): void {
    if (analysis === null || grid === null) return;
    changes = ratingChanges(analysis, grid);
    fill(changesPanel, h('h3', {}, `${changes.length} rating${changes.length === 1 ? '' : 's'} to change`), changesView(changes));
    refreshButtons();
  }

  async function apply(): Promise<void> {
    const accepted = changes;
    if (accepted.length === 0) return;
    let written = 0;
    let refused: RefusedChange[] = [];
    const done = await progress.run('Writing ratings', async () => {
      const result = await env.host.run((context) => writeRatings(context, accepted, { when: env.now(), who: env.userName ?? '' }));
      written = result.entries.length;
      refused = result.refused;
    });
    if (!done) return;
    changes = [];
    await validate();
    fill(
      changesPanel,
      h('p', { class: 'done' }, `Wrote ${written} rating${written === 1 ? '' : 's'}; each change is in the history.`),
      refused.length > 0 ? refusedView(refused) : null,
    );
  }

  async function insertReport(): Promise<void> {
    const current = analysis;
    if (current === null) return;
    const lines = renderProgressReport(current.report, 'text').split('\n');
    await progress.run('Writing the report', async () => {
      const name = await env.host.run((context) => insertReportSheet(context, `Progress report ${current.asOf}`, lines.map((line) => [line])));
      progress.say(`Wrote the report to "${name}".`);
    });
  }

  async function newPlanSheet(): Promise<void> {
    const levels = schemeFor(settings, analysis?.plan ?? null).levels.map(({ label, meaning, colour }) => ({ label, meaning, colour }));
    await progress.run('Inserting a plan sheet', async () => {
      const name = await env.host.run(async (context) => {
        const sheets = context.workbook.worksheets.load(['items/name']);
        await context.sync();
        return insertPlanSheet(context, freeSheetName('Action plan', sheets.items.map((s) => s.name)), levels);
      });
      progress.say(`Inserted "${name}".`);
    });
  }

  async function showHistory(): Promise<void> {
    await progress.run('Reading the history', async () => {
      fill(historyPanel, historyView(await env.host.run(readHistory)));
    });
  }

  async function saveChoices(): Promise<void> {
    const staleDays = Number(staleInput.value);
    settings = {
      schemeId: schemeSelect.value,
      asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value) ? asOfInput.value : null,
      staleDays: Number.isInteger(staleDays) && staleDays > 0 ? staleDays : settings.staleDays,
    };
    await progress.run('Saving settings', async () => {
      await writeSettings(env.settings, settings);
      progress.say('Settings saved.');
    });
    // A new scheme or date changes every rating: check the sheet afresh.
    if (grid !== null) await validate();
    refreshButtons();
  }
}
