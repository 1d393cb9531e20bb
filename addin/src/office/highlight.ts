import type { HostContext } from './hostTypes';

/** A cell's fill before the add-in highlighted it, so it can be put back exactly. */
export interface SavedFill {
  sheet: string;
  cell: string;
  color: string;
  pattern: string;
}

/** The fill the add-in marks problem cells with (a light orange that reads on white and on RAG colours' neighbours). */
export const HIGHLIGHT_COLOR = '#FFC7A0';

/**
 * Marks cells with the highlight fill and returns what they looked like before. Cells already in
 * `previous` keep their original record, so highlighting twice never saves the highlight itself.
 * Two syncs, whatever the number of cells. Needs ExcelApi 1.9 (`getCellProperties`, fill pattern).
 *
 * @example
 * const saved = await host.run((context) => highlightCells(context, [{ sheet: 'Plan', cell: 'E7' }], []));
 */
export async function highlightCells(
  context: HostContext,
  cells: Array<{ sheet: string; cell: string }>,
  previous: SavedFill[],
): Promise<SavedFill[]> {
  const known = new Set(previous.map((saved) => `${saved.sheet}!${saved.cell}`));
  const fresh = [...new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, c])).values()].filter(
    (c) => !known.has(`${c.sheet}!${c.cell}`),
  );
  const reads = fresh.map((target) => {
    const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell);
    return { target, range, props: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
  });
  await context.sync();
  const saved = reads.map(({ target, props }) => {
    const fill = props.value[0]?.[0]?.format?.fill;
    return { ...target, color: fill?.color ?? '#FFFFFF', pattern: fill?.pattern ?? 'None' };
  });
  for (const target of cells) context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).format.fill.color = HIGHLIGHT_COLOR;
  await context.sync();
  return [...previous, ...saved];
}

/**
 * Puts back the fills saved by `highlightCells`: no fill where there was none, otherwise the same
 * colour and pattern. One sync.
 *
 * @example
 * await host.run((context) => clearHighlights(context, saved));
 */
export async function clearHighlights(context: HostContext, saved: SavedFill[]): Promise<void> {
  for (const fill of saved) {
    const format = context.workbook.worksheets.getItem(fill.sheet).getRange(fill.cell).format;
    if (fill.pattern === 'None') {
      format.fill.clear();
    } else {
      format.fill.color = fill.color;
      format.fill.pattern = fill.pattern;
    }
  }
  await context.sync();
}
