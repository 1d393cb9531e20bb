import type { DetectedTable } from '../detect/detectTables';
import { isFilled, rowTexts } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import type { GridSheet } from '../grid/grid';
import { foldText } from '../match/similarity';

/** The plan's title and where it came from. */
export interface PlanTitle {
  text: string;
  /** `title-row`: the document title above the header; `banner`: a banner printed once; `sheet`: the sheet's name. */
  from: 'title-row' | 'banner' | 'sheet';
  sheet: string;
  /** The cell holding it, or null when it is the sheet's name. */
  cell: string | null;
}

/** Banner rows of the tables on a sheet, with their first filled cell. */
function bannerCells(tables: readonly DetectedTable[], sheet: GridSheet): Array<{ text: string; row: number; column: number }> {
  return tables
    .filter((table) => table.sheet === sheet.name)
    .flatMap((table) => table.rows.filter((row) => row.kind === 'banner'))
    .flatMap(({ row }) => {
      const texts = rowTexts(sheet, row);
      const column = texts.findIndex(isFilled);
      return column < 0 ? [] : [{ text: (texts[column] ?? '').trim(), row, column }];
    });
}

/**
 * The plan's title: the document title standing above the first plan table's header
 * (`Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – …`), else the
 * first banner printed only once on its sheet, else the first plan sheet's name. A banner repeated on
 * every page (seed 004's `AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT`, 13 times) is page
 * furniture, never the title.
 *
 * @example
 * planTitle(planTables, grid.sheets); // { text: 'Improvement Plan', from: 'sheet', sheet: 'Improvement Plan', cell: null }
 */
export function planTitle(planTables: readonly DetectedTable[], sheets: readonly GridSheet[]): PlanTitle | null {
  const titled = planTables.find((table) => table.title);
  if (titled?.title) return { text: titled.title.text, from: 'title-row', sheet: titled.sheet, cell: cellAddress(titled.title.row, titled.title.column) };
  const bannersBySheet = new Map<string, ReturnType<typeof bannerCells>>();
  /** How often each banner text is printed on its sheet. */
  const counts = new Map<string, number>();
  const keyOf = (sheet: string, text: string): string => `${sheet}\u0000${foldText(text)}`;
  for (const table of planTables) {
    const sheet = sheets.find((each) => each.name === table.sheet);
    if (!sheet) continue;
    let banners = bannersBySheet.get(sheet.name);
    if (!banners) {
      banners = bannerCells(planTables, sheet);
      bannersBySheet.set(sheet.name, banners);
      for (const banner of banners) counts.set(keyOf(sheet.name, banner.text), (counts.get(keyOf(sheet.name, banner.text)) ?? 0) + 1);
    }
    const once = banners.find((banner) => banner.row < table.headerRow && counts.get(keyOf(sheet.name, banner.text)) === 1);
    if (once) return { text: once.text, from: 'banner', sheet: sheet.name, cell: cellAddress(once.row, once.column) };
  }
  const first = planTables[0];
  return first ? { text: first.sheet, from: 'sheet', sheet: first.sheet, cell: null } : null;
}
