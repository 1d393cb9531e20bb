import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pinZipEntryDates } from './pin-zip-dates';
import { utcDate, writeWorkbook } from './write-workbook';
import type { WorkbookSpec } from './workbook-spec';
import { colOfsted2016 } from './workbooks/col-ofsted-2016';
import { haringeyJar2009 } from './workbooks/haringey-jar-2009';
import { haringeyMilestones2011 } from './workbooks/haringey-milestones-2011';
import { harrowImprovement2012 } from './workbooks/harrow-improvement-2012';
import { scrutinyUpdate2016 } from './workbooks/scrutiny-update-2016';

/**
 * Every legacy example workbook, one per table layout in the seed documents (000–004).
 *
 * @example
 * legacyWorkbooks.map((book) => book.fileName); // ['haringey-milestones-2011.xlsx', …]
 */
export const legacyWorkbooks: readonly WorkbookSpec[] = [
  haringeyMilestones2011,
  haringeyJar2009,
  scrutinyUpdate2016,
  colOfsted2016,
  harrowImprovement2012,
];

/**
 * Writes every legacy example workbook into `outDir` and returns the paths written.
 *
 * @example
 * await buildLegacyWorkbooks('examples/legacy');
 */
export async function buildLegacyWorkbooks(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of legacyWorkbooks) {
    const path = join(outDir, spec.fileName);
    pinZipEntryDates(utcDate(spec.savedOn));
    await writeWorkbook(spec).xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}
