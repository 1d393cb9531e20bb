import { createRequire } from 'node:module';

/**
 * Makes the zip entries exceljs writes carry a fixed date instead of "now", so rebuilding the
 * examples gives byte-identical files (no churn in git). exceljs zips with JSZip, which takes
 * any option it is not given from `JSZip.defaults`.
 *
 * @example
 * pinZipEntryDates(new Date(Date.UTC(2011, 5, 1)));
 */
export function pinZipEntryDates(date: Date): void {
  const requireHere = createRequire(import.meta.url);
  const requireFromExceljs = createRequire(requireHere.resolve('exceljs'));
  const jszip = requireFromExceljs('jszip') as { defaults: { date: Date | null } };
  jszip.defaults.date = date;
}
