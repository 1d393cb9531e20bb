import type { BenchLayout } from '../generate/benchWorkbook';

/** One unit of work a child process runs: a measured case, or generating a workbook (not measured). */
export type CaseRequest =
  | { case: 'generate'; rows: number; path: string; layouts?: BenchLayout[]; paddingRows?: number }
  | { case: 'exceljs-read' | 'read-grid' | 'import'; path: string }
  | { case: 'exceljs-write' | 'export'; rows: number; path: string }
  | { case: 'json-parse' | 'core'; rows: number }
  | { case: 'addin-read' | 'addin-validate'; rows: number; bundle: string };

/** The measured case names, for labels. */
export type CaseName = CaseRequest['case'];

/** The prefix of the one stdout line a child prints its outcome on. */
export const RESULT_PREFIX = 'BENCH_RESULT ';
