import { join } from 'node:path';
import type { BenchLayout } from '../generate/benchWorkbook';
import type { CaseRequest } from './caseRequest';

/** A workbook the bench generates once and caches. */
export interface WorkbookFile {
  path: string;
  rows: number;
  layouts?: BenchLayout[];
  paddingRows?: number;
}

/** One measured case of a group. */
export interface Step {
  label: string;
  request: CaseRequest;
}

/** What a group compares: cases against a baseline measured in the same rounds. */
export type GroupKind = 'import' | 'padded' | 'export' | 'core' | 'addin';

/** A baseline and the cases measured against it, interleaved round by round. */
export interface Group {
  kind: GroupKind;
  title: string;
  rows: number;
  rounds: number;
  /** A step stops taking rounds once another run would take its runs past this: slow cases get fewer rounds, not the whole time box. */
  budgetMs: number;
  /** A run still going after this long is stopped and reported as not finished. */
  timeoutMs: number;
  baseline: Step;
  cases: Step[];
}

/** Everything one bench run does. */
export interface Schedule {
  mode: 'quick' | 'full';
  workbooks: WorkbookFile[];
  groups: Group[];
}

/** Where the bench keeps its files (outside git). */
export interface BenchDirs {
  /** Generated workbooks. */
  data: string;
  /** Files the cases write (export outputs). */
  scratch: string;
  /** The bundled add-in page. */
  addinBundle: string;
}

const k = (rows: number): string => (rows >= 1000 ? `${rows / 1000}k` : String(rows));

/**
 * How long a step of a group may take in all, and one run of it, by size. At 50k and 100k rows a
 * case that is far off its target would otherwise use up the time box on one or two runs: there a
 * case gets 20 s of runs (always at least one), against 40 s below; a run is stopped after 120 s.
 *
 * @example
 * stepLimits(100_000); // { budgetMs: 20_000, timeoutMs: 120_000 }
 */
export function stepLimits(rows: number): { budgetMs: number; timeoutMs: number } {
  return { budgetMs: rows >= 50_000 ? 20_000 : 40_000, timeoutMs: 120_000 };
}

/**
 * The cases of a run. Full: import at 1k/10k/50k/100k rows (3 rounds at 50k and 2 at 100k, and a
 * smaller budget there: {@link stepLimits}; the whole run fits about 15 minutes), the padded file,
 * export at 10k/50k, core at 1k/10k/100k, the add-in at 10k/50k.
 * Quick: 1k rows and 2 rounds everywhere; the add-in also reads 12k rows (so the chunk count changes).
 *
 * @example
 * benchSchedule('quick', dirs).groups.map((g) => g.kind); // ['import', 'padded', 'export', 'core', 'addin', 'addin']
 */
export function benchSchedule(mode: 'quick' | 'full', dirs: BenchDirs, rounds?: number): Schedule {
  const quick = mode === 'quick';
  const roundsFor = (rows: number): number => rounds ?? (quick ? 2 : rows >= 100_000 ? 2 : rows >= 50_000 ? 3 : 5);
  const file = (rows: number, paddingRows = 0): WorkbookFile => ({
    path: join(dirs.data, `plan-${k(rows)}${paddingRows ? `-padded-${k(paddingRows)}` : ''}.xlsx`),
    rows,
    ...(paddingRows ? { paddingRows } : {}),
  });
  const importRows = quick ? [1000] : [1000, 10_000, 50_000, 100_000];
  const imports = importRows.map((rows) => file(rows));
  const unpadded = file(500);
  const padded = file(500, quick ? 20_000 : 300_000);
  const groups: Group[] = [
    ...imports.map((wb): Group => ({
      kind: 'import',
      title: `Import, ${k(wb.rows)} rows`,
      rows: wb.rows,
      rounds: roundsFor(wb.rows),
      ...stepLimits(wb.rows),
      baseline: { label: 'exceljs WorkbookReader (floor)', request: { case: 'exceljs-read', path: wb.path } },
      cases: [
        { label: 'readGrid only', request: { case: 'read-grid', path: wb.path } },
        { label: 'importWorkbook + validatePlan', request: { case: 'import', path: wb.path } },
      ],
    })),
    {
      kind: 'padded',
      title: `Padded file: 500 rows + ${k(padded.paddingRows ?? 0)} formatted empty rows`,
      rows: 500,
      rounds: roundsFor(500),
      ...stepLimits(500),
      baseline: { label: 'import, same plan unpadded', request: { case: 'import', path: unpadded.path } },
      cases: [
        { label: 'import, padded', request: { case: 'import', path: padded.path } },
        { label: 'readGrid, padded', request: { case: 'read-grid', path: padded.path } },
        { label: 'exceljs WorkbookReader, padded', request: { case: 'exceljs-read', path: padded.path } },
      ],
    },
    ...(quick ? [1000] : [10_000, 50_000]).map((rows): Group => ({
      kind: 'export',
      title: `Export, ${k(rows)} rows`,
      rows,
      rounds: roundsFor(rows),
      ...stepLimits(rows),
      baseline: { label: 'exceljs WorkbookWriter (floor)', request: { case: 'exceljs-write', rows, path: join(dirs.scratch, `floor-${k(rows)}.xlsx`) } },
      cases: [{ label: 'exportWorkbook', request: { case: 'export', rows, path: join(dirs.scratch, `export-${k(rows)}.xlsx`) } }],
    })),
    ...(quick ? [1000] : [1000, 10_000, 100_000]).map((rows): Group => ({
      kind: 'core',
      title: `Core, ${k(rows)} rows`,
      rows,
      rounds: roundsFor(rows),
      ...stepLimits(rows),
      baseline: { label: 'JSON.parse of the plan', request: { case: 'json-parse', rows } },
      cases: [{ label: 'validatePlan + deriveRag + rollUpPlan', request: { case: 'core', rows } }],
    })),
    // Quick mode reads 12k rows without validating them: enough chunks to see the sync count stay put.
    ...(quick ? [1000, 12_000] : [10_000, 50_000]).map((rows): Group => ({
      kind: 'addin',
      title: `Add-in in Chromium, ${k(rows)} rows`,
      rows,
      rounds: roundsFor(rows),
      ...stepLimits(rows),
      baseline: { label: 'read the sheet (fake host)', request: { case: 'addin-read', rows, bundle: dirs.addinBundle } },
      cases: quick && rows > 1000 ? [] : [{ label: 'read + validate', request: { case: 'addin-validate', rows, bundle: dirs.addinBundle } }],
    })),
  ];
  return { mode, workbooks: [...imports, unpadded, padded], groups };
}
