import type { Grid, GridCell } from '@actionplan/core';
import { colPlanLines } from '../../../examples/data/col-ofsted-2016-rows';

/**
 * The first rows of the City of London plan (seed 003, `Improvements following from the OFSTED
 * Report - July 2016`), verbatim, one tab-separated line per row: the sheet the preview opens first
 * and the tests' seed-layout sheet.
 */
export const SEED_003_LINES: readonly string[] = [
  'Improvements following from the OFSTED Report - July 2016',
  '',
  // The first 26 table rows, from the one committed copy of the seed table.
  ...colPlanLines.slice(0, 26),
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RAG_FILLS: Record<string, string> = { Red: 'FF0000', Amber: 'FFC000', Green: '00B050' };
const DAY_MS = 86_400_000;

/**
 * A seed cell as Excel would hold it: `Jan-17` / `Jun-2017` as a real date formatted `mmm-yy` /
 * `mmm-yyyy` (the first of the month; the format says it means the month), RAG words on their colour.
 *
 * @example
 * seedCell('Jan-17'); // { text: 'Jan-17', number: 42736, date: '2017-01-01', numFmt: 'mmm-yy' }
 */
export function seedCell(text: string): GridCell | null {
  if (text === '') return null;
  const month = /^([A-Z][a-z]{2})-(\d{2}|\d{4})$/.exec(text);
  const index = month ? MONTHS.indexOf(month[1] ?? '') : -1;
  if (month && index >= 0) {
    const digits = month[2] ?? '';
    const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    const utc = Date.UTC(year, index, 1);
    return {
      text,
      number: Math.round((utc - Date.UTC(1899, 11, 30)) / DAY_MS),
      date: new Date(utc).toISOString().slice(0, 10),
      numFmt: digits.length === 2 ? 'mmm-yy' : 'mmm-yyyy',
    };
  }
  const fill = RAG_FILLS[text];
  return fill ? { text, fill } : { text };
}

/**
 * A one-sheet Grid from tab-separated lines, each line a row.
 *
 * @example
 * linesToGrid('Plan', ['Ref:\tAction:', '1.1\tReview']).sheets[0]?.rows[1]?.[0]?.text; // '1.1'
 */
export function linesToGrid(name: string, lines: readonly string[]): Grid {
  const rows = lines.map((line) => (line === '' ? [] : line.split('\t').map(seedCell)));
  return { sheets: [{ name, rows, merges: [] }] };
}
