import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { resolveLimits, type WorkbookLimits } from './limits';
import { sniffFormat } from './sniffFormat';
import { WorkbookError } from './workbookError';

/** A workbook's bytes, checked to be a zip within the size limit, with the name messages use. */
export interface WorkbookBytes {
  bytes: Uint8Array;
  name: string;
  limits: WorkbookLimits;
}

/**
 * The first step of every read: the file's bytes (or the bytes given), its name for messages, the
 * limits in force, and the checks that need no unpacking (size, and a zip rather than an .xls,
 * a CSV, an encrypted workbook or a web page). Bad input throws a {@link WorkbookError}.
 *
 * @example
 * const { bytes, name, limits } = await openWorkbookBytes('plan.xlsx', {}); // name 'plan.xlsx'
 */
export async function openWorkbookBytes(input: string | Uint8Array, options: { limits?: Partial<WorkbookLimits>; name?: string }): Promise<WorkbookBytes> {
  const limits = resolveLimits(options.limits);
  const name = typeof input === 'string' ? basename(input) : (options.name ?? 'The workbook');
  const bytes = typeof input === 'string' ? await readBytes(input, name, limits) : input;
  if (bytes.length > limits.maxFileBytes) throw tooLarge(name, `It is ${bytes.length.toLocaleString('en-GB')} bytes; the limit is ${limits.maxFileBytes.toLocaleString('en-GB')}.`);
  checkFormat(bytes, name);
  return { bytes, name, limits };
}

/**
 * The `too-large` error for a file, with what is too large.
 *
 * @example
 * tooLarge('plan.xlsx', 'It has 3,000,000 cells; the limit is 2,000,000.');
 */
export function tooLarge(file: string, detail: string): WorkbookError {
  return new WorkbookError('too-large', file, detail);
}

async function readBytes(path: string, name: string, limits: WorkbookLimits): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new WorkbookError('not-found', name);
    if (info.size > limits.maxFileBytes) throw tooLarge(name, `It is ${info.size.toLocaleString('en-GB')} bytes; the limit is ${limits.maxFileBytes.toLocaleString('en-GB')}.`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError('not-found', name);
  }
}

function checkFormat(bytes: Uint8Array, name: string): void {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'zip':
      return;
    case 'empty':
    case 'xls':
    case 'encrypted':
    case 'csv':
      throw new WorkbookError(format, name);
    case 'text':
      throw new WorkbookError('not-xlsx', name, 'It is a text file (perhaps a web page or XML). Save the plan as an Excel .xlsx workbook, then try again.');
    case 'unknown':
      throw new WorkbookError('not-a-zip', name);
  }
}
