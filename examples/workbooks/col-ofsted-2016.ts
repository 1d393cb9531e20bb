import { colPlanLines } from '../data/col-ofsted-2016-rows';
import { excelSerial, isoFromMonthYear } from '../seed-dates';
import { boldRow, tabCells } from '../workbook-spec';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook-spec';

/** RAG words and the fill the officers gave them. */
export const colRagFills: Record<string, string> = { Green: '00B050', Amber: 'FFC000' };

const COLUMN = { recommendation: 0, ref: 1, action: 2, start: 3, end: 4, rag: 9 } as const;

/**
 * Start/End cells typed as bare serial numbers (General format) instead of formatted months:
 * `ref:column` for the rows that carry a ref.
 */
const BARE_SERIALS = new Set(['1.8:end', '1.9:end', '2.4:start']);

const isHeader = (line: string): boolean => line.startsWith('Recommendations:\t');
/** A theme row: text in the first cell, the other nine empty. */
const isThemeRow = (line: string): boolean => /^[^\t]+\t{9}$/.test(line);

/** A month cell: a real date shown `mmm-yy` (or `mmm-yyyy` where the seed wrote `Jun-2017`). */
function monthCell(text: Cell, ref: Cell, column: 'start' | 'end'): Cell {
  if (typeof text !== 'string') return text;
  const iso = isoFromMonthYear(text);
  if (typeof ref === 'string' && BARE_SERIALS.has(`${ref}:${column}`)) return excelSerial(iso);
  return { value: { date: iso }, numFmt: /-\d{4}$/.test(text) ? 'mmm-yyyy' : 'mmm-yy' };
}

function actionRow(line: string): Cell[] {
  const cells = tabCells(line);
  const ref = cells[COLUMN.ref] ?? null;
  cells[COLUMN.start] = monthCell(cells[COLUMN.start] ?? null, ref, 'start');
  cells[COLUMN.end] = monthCell(cells[COLUMN.end] ?? null, ref, 'end');
  const rag = cells[COLUMN.rag];
  const fill = typeof rag === 'string' ? colRagFills[rag] : undefined;
  if (typeof rag === 'string' && fill) cells[COLUMN.rag] = { value: rag, fill };
  return cells;
}

/** How many rows below `index` continue its recommendation (blank first cell, same block). */
function groupLength(lines: readonly string[], index: number): number {
  let count = 0;
  for (let next = index + 1; next < lines.length; next += 1) {
    const line = lines[next] ?? '';
    if (line === '' || isHeader(line) || isThemeRow(line) || !line.startsWith('\t')) break;
    count += 1;
  }
  return count;
}

function planRows(): Cell[][] {
  const rows: Cell[][] = [boldRow(['Improvements following from the OFSTED Report - July 2016']), []];
  colPlanLines.forEach((line, index) => {
    if (line === '') rows.push([]);
    else if (isHeader(line) || isThemeRow(line)) rows.push(boldRow(tabCells(line)));
    else {
      const cells = actionRow(line);
      const below = groupLength(colPlanLines, index);
      const recommendation = cells[COLUMN.recommendation];
      // Recommendation cells are merged down over their group, as the officers laid them out.
      if (typeof recommendation === 'string' && below > 0) {
        cells[COLUMN.recommendation] = { value: recommendation, mergeDown: below };
      }
      rows.push(cells);
    }
  });
  return rows;
}

const planSheet: SheetSpec = {
  name: 'Action plan',
  columnWidths: [50, 7, 50, 9, 9, 50, 12, 9, 50, 11],
  rows: planRows(),
};

/**
 * Seed 003: the City of London's RAG-rated plan after the July 2016 Ofsted report.
 *
 * @example
 * writeWorkbook(colOfsted2016).xlsx.writeFile('col-ofsted-2016.xlsx');
 */
export const colOfsted2016: WorkbookSpec = {
  fileName: 'col-ofsted-2016.xlsx',
  savedOn: '2017-04-28',
  author: 'Children and Families Team',
  sheets: [planSheet],
};
