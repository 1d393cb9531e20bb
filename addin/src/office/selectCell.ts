import type { HostContext } from './hostTypes';

/**
 * Activates a sheet and selects one of its cells, so clicking an issue takes the officer to it.
 *
 * @example
 * await host.run((context) => selectCell(context, 'Plan', 'J7'));
 */
export async function selectCell(context: HostContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
