import type { HostCellProperties, HostClientResult, HostContext } from './hostTypes';

/** A cell's fill before the add-in highlighted it, so it can be put back exactly. */
export interface SavedFill {
  sheet: string;
  cell: string;
  color: string;
  pattern: string;
  /** The pattern's own colour; absent in records saved before it was kept. */
  patternColor?: string;
}

/** What "Clear highlights" did: cells put back, and cells left alone because the officer re-filled them since. */
export interface ClearResult {
  restored: number;
  keptOfficerFill: Array<{ sheet: string; cell: string }>;
}

/** The fill the add-in marks problem cells with (a light orange that reads on white and on RAG colours' neighbours). */
export const HIGHLIGHT_COLOR = '#FFC7A0';

const FILL_SPEC = { format: { fill: { color: true, pattern: true, patternColor: true } } };

type CellRef = { sheet: string; cell: string };

const keyOf = (c: CellRef): string => `${c.sheet}!${c.cell}`;

function queueFillReads<T extends CellRef>(context: HostContext, cells: readonly T[]): Array<{ target: T; props: HostClientResult<HostCellProperties[][]> }> {
  return cells.map((target) => ({
    target,
    props: context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).getCellProperties(FILL_SPEC),
  }));
}

/** Whether a fill is still exactly the add-in's highlight (an officer who re-filled the cell changed that). */
function isHighlight(fill: { color?: string; pattern?: string } | undefined): boolean {
  return fill?.color?.toUpperCase() === HIGHLIGHT_COLOR && fill.pattern === 'Solid';
}

/**
 * Marks cells with the highlight fill and returns what they looked like before (colour, pattern
 * and pattern colour). Cells already in `previous` keep their original record, so highlighting
 * twice never saves the highlight itself. Two syncs, whatever the number of cells. Needs ExcelApi
 * 1.9 (`getCellProperties`, fill pattern).
 *
 * @example
 * const saved = await host.run((context) => highlightCells(context, [{ sheet: 'Plan', cell: 'E7' }], []));
 */
export async function highlightCells(context: HostContext, cells: CellRef[], previous: SavedFill[]): Promise<SavedFill[]> {
  const known = new Set(previous.map(keyOf));
  const unique = [...new Map(cells.map((c) => [keyOf(c), { sheet: c.sheet, cell: c.cell }])).values()];
  const reads = queueFillReads(context, unique.filter((c) => !known.has(keyOf(c))));
  await context.sync();
  const saved = reads.map(({ target, props }) => {
    const fill = props.value[0]?.[0]?.format?.fill;
    return { ...target, color: fill?.color ?? '#FFFFFF', pattern: fill?.pattern ?? 'None', ...(fill?.patternColor ? { patternColor: fill.patternColor } : {}) };
  });
  for (const target of unique) {
    const fill = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).format.fill;
    fill.color = HIGHLIGHT_COLOR;
    // Solid, so a patterned cell shows the highlight plainly and "is it still ours?" has one answer.
    fill.pattern = 'Solid';
  }
  await context.sync();
  return [...previous, ...saved];
}

/**
 * Puts back the fills saved by `highlightCells` — no fill where there was none, otherwise the same
 * colour, pattern and pattern colour — but only on cells that still carry the highlight: a cell the
 * officer re-filled since keeps the officer's fill. Values are never touched. Two syncs (read, restore).
 *
 * @example
 * const { restored, keptOfficerFill } = await host.run((context) => clearHighlights(context, saved));
 */
export async function clearHighlights(context: HostContext, saved: SavedFill[]): Promise<ClearResult> {
  const reads = queueFillReads(context, saved);
  await context.sync();
  const keptOfficerFill: CellRef[] = [];
  let restored = 0;
  for (const { target, props } of reads) {
    if (!isHighlight(props.value[0]?.[0]?.format?.fill)) {
      keptOfficerFill.push({ sheet: target.sheet, cell: target.cell });
      continue;
    }
    const fill = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).format.fill;
    restored += 1;
    if (target.pattern === 'None') {
      fill.clear();
      continue;
    }
    fill.color = target.color;
    fill.pattern = target.pattern;
    if (target.patternColor !== undefined) fill.patternColor = target.patternColor;
  }
  await context.sync();
  return { restored, keptOfficerFill };
}
