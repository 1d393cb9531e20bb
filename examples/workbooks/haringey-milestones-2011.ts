import { appendixLines } from '../data/haringey-milestones-2011-appendix';
import { milestoneReportLines } from '../data/haringey-milestones-2011-rows';
import { isoFromDayMonthYear } from '../seed-dates';
import { boldRow, tabCells } from '../workbook-spec';
import type { Cell, CellSpec, SheetSpec, WorkbookSpec } from '../workbook-spec';

/** The Action Status key colours. The seed lost its swatches; these are the usual council ones. */
export const haringeyKeyColours = {
  red: 'FF0000',
  amber: 'FFC000',
  green: '00B050',
  blue: '0070C0',
} as const;

const KEY_ROWS: Array<[string, string]> = [
  [haringeyKeyColours.red, 'Not achieved / not on track support required to address issues'],
  [haringeyKeyColours.amber, 'Not on track but no support required to address issues'],
  [haringeyKeyColours.green, 'Action in progress and on track to be completed'],
  [haringeyKeyColours.blue, 'Action completed and desired outcome achieved'],
];

const TITLE =
  'Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011';

/** Milestones whose Start and Due were typed as real Excel dates (the rest stay text). */
const REAL_DATE_MILESTONES = new Set(['14.4', '16', '18.2', '19.1']);
/** Milestones whose progress note keeps its literal `<b>` tags instead of bold rich text. */
const HTML_NOTE_MILESTONES = new Set(['1.7', '20.1']);
/** Action and Outcome cells merged down from this milestone's row over the next n rows. */
const MERGE_DOWN: Record<string, number> = { '1.2': 5, '5.1': 1, '20.1': 1 };

const COLUMN = { action: 0, milestone: 1, start: 2, due: 3, status: 4, note: 5, outcome: 7 } as const;

/** The milestone ref at the start of the Milestone cell; action 16's unnumbered milestone is '16'. */
function milestoneRef(action: Cell, milestone: Cell): string | null {
  if (typeof milestone !== 'string') return null;
  const ref = /^(\d+\.\d+) /.exec(milestone)?.[1];
  if (ref) return ref;
  return typeof action === 'string' && action.startsWith('16.') ? '16' : null;
}

function statusFill(note: string): string | null {
  if (/Not achieved/.test(note)) return haringeyKeyColours.red;
  if (/Achieved/.test(note)) return haringeyKeyColours.blue;
  if (/On track/.test(note)) return haringeyKeyColours.green;
  return null;
}

function progressNote(note: string, ref: string): Cell {
  const bold = /^<b>(.*?)<\/b>(.*)$/s.exec(note);
  if (!bold || HTML_NOTE_MILESTONES.has(ref)) return note;
  const [, prefix = '', rest = ''] = bold;
  return { rich: rest ? [{ text: prefix, bold: true }, { text: rest }] : [{ text: prefix, bold: true }] };
}

/** A milestone row: colour-only status, rich or HTML note, text or real dates, merges. */
function milestoneRow(cells: Cell[], ref: string, seen: Set<string>): Cell[] {
  const row = [...cells];
  const note = typeof row[COLUMN.note] === 'string' ? (row[COLUMN.note] as string) : '';
  const fill = statusFill(note);
  row[COLUMN.status] = fill ? { value: null, fill } : null;
  row[COLUMN.note] = progressNote(note, ref);
  if (REAL_DATE_MILESTONES.has(ref)) {
    for (const column of [COLUMN.start, COLUMN.due]) {
      const text = row[column];
      if (typeof text === 'string') row[column] = { date: isoFromDayMonthYear(text) };
    }
  }
  const mergeDown = MERGE_DOWN[ref];
  if (mergeDown && !seen.has(ref)) {
    for (const column of [COLUMN.action, COLUMN.outcome]) {
      row[column] = { value: row[column] as string, mergeDown } satisfies CellSpec;
    }
  }
  seen.add(ref);
  return row;
}

function planRows(): Cell[][] {
  const rows: Cell[][] = [
    [{ value: TITLE, bold: true, mergeRight: 7 }],
    boldRow(['Haringey Council']),
    [],
    boldRow(['Key']),
    boldRow(['Action Status']),
    ...KEY_ROWS.map(([fill, label]): Cell[] => [{ value: null, fill }, label]),
  ];
  const seen = new Set<string>();
  for (const line of milestoneReportLines) {
    const cells = tabCells(line);
    if (line.startsWith('Theme:')) {
      rows.push([], boldRow([cells[0] ?? null]));
    } else if (line.startsWith('Action\tMilestone')) {
      rows.push(boldRow(cells));
    } else {
      const ref = typeof cells[COLUMN.start] === 'string' ? milestoneRef(cells[0] ?? null, cells[1] ?? null) : null;
      rows.push(ref ? milestoneRow(cells, ref, seen) : cells);
    }
  }
  return rows;
}

function appendixRows(): Cell[][] {
  return appendixLines.map((line) => {
    const cells = tabCells(line);
    const isHeading = line !== '' && (!line.includes('\t') || line.startsWith('Areas for improvement'));
    return isHeading ? boldRow(cells) : cells;
  });
}

const planSheet: SheetSpec = {
  name: 'Milestone Report May 2011',
  columnWidths: [40, 50, 13, 13, 9, 70, 22, 40],
  rows: planRows(),
};

const appendixSheet: SheetSpec = { name: 'Appendix 1', columnWidths: [60, 60, 20], rows: appendixRows() };

/**
 * Seed 000: Haringey's May 2011 milestone report on its Ofsted/CQC action plan.
 *
 * @example
 * writeWorkbook(haringeyMilestones2011).xlsx.writeFile('haringey-milestones-2011.xlsx');
 */
export const haringeyMilestones2011: WorkbookSpec = {
  fileName: 'haringey-milestones-2011.xlsx',
  savedOn: '2011-06-01',
  author: 'Haringey CYPS',
  sheets: [planSheet, appendixSheet],
};
