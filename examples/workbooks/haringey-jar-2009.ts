import { jarPlanLines } from '../data/haringey-jar-2009-rows';
import { boldRow, tabCells } from '../workbook-spec';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook-spec';

/** Word-to-markdown table separators (`--\t--`): not something a spreadsheet would hold. */
const isSeparator = (line: string): boolean => /^\s*-{2,}(\t-*)*\s*$/.test(line);

/** Title, theme, area and header rows, which the officers made bold. */
const isHeading = (line: string): boolean =>
  /^(<p>)?(Action Plan in Response|Theme \d|Area for improvement|Action\tLead\t)/.test(line);

function planRows(): Cell[][] {
  const rows: Cell[][] = [];
  let previousBlank = true;
  for (const raw of jarPlanLines) {
    if (isSeparator(raw)) continue;
    // Markdown bold from the extraction; the cell text itself stays as the council typed it.
    const line = raw.replaceAll('**', '');
    const blank = line.trim() === '';
    if (blank && previousBlank) continue;
    previousBlank = blank;
    if (blank) rows.push([]);
    else rows.push(isHeading(line) ? boldRow(tabCells(line)) : tabCells(line));
  }
  return rows;
}

const planSheet: SheetSpec = {
  name: 'Appendix 1 JAR action plan',
  columnWidths: [60, 28, 30, 22, 70, 20, 12],
  rows: planRows(),
};

/**
 * Seed 001: Haringey's February 2009 action plan after the Joint Area Review (a subset:
 * Theme 1 whole, Theme 2 areas 1–4 in part, the start of Theme 4, Theme 7 whole).
 *
 * @example
 * writeWorkbook(haringeyJar2009).xlsx.writeFile('haringey-jar-2009.xlsx');
 */
export const haringeyJar2009: WorkbookSpec = {
  fileName: 'haringey-jar-2009.xlsx',
  savedOn: '2009-02-09',
  author: 'Haringey CYPS',
  sheets: [planSheet],
};
