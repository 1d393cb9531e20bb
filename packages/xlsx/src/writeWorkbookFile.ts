import { randomBytes } from 'node:crypto';
import { rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes bytes to a file atomically: to a temporary file in the same folder, then renamed over the
 * target, so a reader never sees half a workbook and a failed write leaves the old file intact.
 *
 * @example
 * await writeWorkbookFile('out/col-2016.xlsx', await exportWorkbook(plan));
 */
export async function writeWorkbookFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
