import type { HostWorksheet } from './hostTypes';

/** Counts change events per worksheet, so work that read a sheet can tell whether it changed since. */
export interface ChangeCounter {
  /** Queues a change handler on the worksheet (its `id` must be loaded) unless one is there already. */
  attach(worksheet: HostWorksheet): void;
  /** Change events seen on the worksheet so far. */
  count(worksheetId: string): number;
  /** Every watched worksheet's count now, to compare with later. */
  snapshot(): ReadonlyMap<string, number>;
}

/**
 * A change counter: one `onChanged` handler per worksheet, registered the first time the sheet is
 * read (queued, so it travels with the reader's next sync) and counting every event after.
 *
 * @example
 * const counter = createChangeCounter();
 * await host.run((context) => readSheetGrid(context, { onOpened: (worksheet) => counter.attach(worksheet) }));
 */
export function createChangeCounter(): ChangeCounter {
  const counts = new Map<string, number>();
  return {
    attach(worksheet) {
      const id = worksheet.id;
      if (counts.has(id)) return;
      counts.set(id, 0);
      worksheet.onChanged.add(async (event) => {
        counts.set(event.worksheetId, (counts.get(event.worksheetId) ?? 0) + 1);
      });
    },
    count: (worksheetId) => counts.get(worksheetId) ?? 0,
    snapshot: () => new Map(counts),
  };
}
