// The add-in bench's browser side, bundled by esbuild and loaded into headless Chromium: the pane's
// read path (readSheetGrid against the fake Excel host, formats on) and its analysis (analyseGrid),
// on a generated sheet in seed 003's layout.
import { buildProgressReport, getScheme, validatePlan } from '@actionplan/core';
import { FakeExcel } from '../../../addin/src/fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../../../addin/src/fake/fakeWorkbook';
import { readSheetGrid } from '../../../addin/src/office/readSheet';
import { analyseGrid } from '../../../addin/src/pipeline/analyseGrid';
import { generateBenchWorkbook } from '../generate/benchWorkbook';
import type { AddinRun } from './addinRun';

const AS_OF = '2017-04-30';

/** Validation the way the pane does it; without the core's interpreter, the generated plan stands in for its output. */
function analyse(grid: Parameters<typeof analyseGrid>[0], plan: ReturnType<typeof generateBenchWorkbook>['plan']): { pipeline: string; issues: number } {
  const analysis = analyseGrid(grid, { schemeId: 'brag', asOf: AS_OF, staleDays: 60 }, AS_OF);
  if (!('unavailable' in analysis)) return { pipeline: 'analyseGrid (interpret, validate, report)', issues: analysis.issues.length };
  const scheme = getScheme('brag');
  const issues = validatePlan(plan, { asOf: AS_OF, ...(scheme ? { scheme } : {}) });
  buildProgressReport(plan, { asOf: AS_OF, ...(scheme ? { scheme } : {}) });
  return { pipeline: 'validatePlan + buildProgressReport on the generated plan (interpretGrid missing)', issues: issues.length };
}

async function runAddinBench(rows: number, withAnalysis: boolean): Promise<AddinRun> {
  const { grid, plan } = generateBenchWorkbook({ rows, layouts: ['col-2016'] });
  const excel = new FakeExcel(fakeWorkbookFromGrid(grid));
  let chunks = 0;
  const start = performance.now();
  const reading = await excel.run((context) => readSheetGrid(context, { readFormats: true, onProgress: () => (chunks += 1) }));
  const read = performance.now();
  const analysed = withAnalysis ? analyse({ sheets: [reading.sheet] }, plan) : { pipeline: 'read only', issues: 0 };
  const end = performance.now();
  return {
    ms: end - start,
    readMs: read - start,
    analyseMs: end - read,
    rows: reading.sheet.rows.length,
    syncs: excel.syncCount,
    chunks,
    maxRequestBytes: Math.max(0, ...excel.payloads.map((p) => p.requestBytes)),
    maxResponseBytes: Math.max(0, ...excel.payloads.map((p) => p.responseBytes)),
    ...analysed,
  };
}

(globalThis as unknown as { runAddinBench: typeof runAddinBench }).runAddinBench = runAddinBench;
