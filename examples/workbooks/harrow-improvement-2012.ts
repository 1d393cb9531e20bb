import { harrowKeyLines } from '../data/harrow-improvement-2012-key';
import { harrowPlanLines } from '../data/harrow-improvement-2012-rows';
import { boldRow, tabCells } from '../workbook-spec';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook-spec';

const BANNER = 'AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT';
const COLUMN = { byWhen: 4 } as const;

/** The `(S7)` or `(LAC4)` code a row's Recommendations cell carries, if any. */
function recommendationCode(line: string): string | null {
  return /\((S\d+|LAC\d+)\)/.exec(line.split('\t')[0] ?? '')?.[1] ?? null;
}

/**
 * Where a pasted Word cell kept its paragraphs, the officer's spreadsheet has line breaks:
 * S7's By When holds its five dates one per line, and LAC4/LAC5 hold every packed cell as
 * lines. Elsewhere the `<p>` remnants stay.
 */
function withLineBreaks(code: string | null, cells: Cell[]): Cell[] {
  if (code === 'S7') {
    const dates = cells[COLUMN.byWhen];
    if (typeof dates === 'string') cells[COLUMN.byWhen] = dates.split(' ').join('\n');
  }
  if (code === 'LAC4' || code === 'LAC5') {
    return cells.map((cell) =>
      typeof cell === 'string' ? cell.replace(/<\/p>\s*<p>/g, '\n').replace(/<\/?p>/g, '').trim() : cell,
    );
  }
  return cells;
}

function planRows(): Cell[][] {
  const rows: Cell[][] = [boldRow(['Part 1 – Inspection Recommendations'])];
  for (const line of harrowPlanLines) {
    const text = line.trimEnd();
    if (text === '' || text === 'Part 1 – Inspection Recommendations') continue;
    if (text === BANNER) rows.push([{ value: BANNER, bold: true, mergeRight: 5 }]);
    else if (text.startsWith('Recommendations\t') || text === 'SAFEGUARDING' || text === 'LOOKED AFTER CHILDREN') {
      rows.push(boldRow(tabCells(text)));
    } else rows.push(withLineBreaks(recommendationCode(line), tabCells(line)));
  }
  return rows;
}

/** The Key's pipe table as 4 columns: role | abbreviation | role | abbreviation. */
function keyRows(): Cell[][] {
  const pairs = harrowKeyLines
    .filter((line) => line.includes('•'))
    .map((line): Cell[] => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  return [boldRow(['Key: Lead Officers']), [], ...pairs];
}

const planSheet: SheetSpec = {
  name: 'Improvement Plan',
  columnWidths: [50, 40, 24, 70, 14, 70],
  rows: planRows(),
};

const keySheet: SheetSpec = { name: 'Key', columnWidths: [46, 18, 46, 14], rows: keyRows() };

/**
 * Seed 004: Harrow's 2012 Children and Families Improvement Plan (Part 1, the whole table) and
 * its lead-officer key.
 *
 * @example
 * writeWorkbook(harrowImprovement2012).xlsx.writeFile('harrow-improvement-2012.xlsx');
 */
export const harrowImprovement2012: WorkbookSpec = {
  fileName: 'harrow-improvement-2012.xlsx',
  savedOn: '2012-09-14',
  author: 'Harrow Children and Families',
  sheets: [keySheet, planSheet],
};
