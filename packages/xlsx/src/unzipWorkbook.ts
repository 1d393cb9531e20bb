import { unzipSync } from 'fflate';
import type { WorkbookLimits } from './limits';
import { WorkbookError } from './workbookError';
import { findDeclaringPart } from './xmlDeclarations';

/** The parts of a zip, by path. */
export type ZipParts = Record<string, Uint8Array>;

/**
 * Unpacks an .xlsx zip with fflate, checking the central directory's declared sizes against the
 * limits BEFORE inflating anything, so a zip bomb fails fast with `too-large`. Declared sizes can
 * lie; fflate then inflates into a buffer of the declared size, so a liar cannot grow memory either.
 * A zip without `xl/workbook.xml` is `not-xlsx` (a Word file, an .ods, any other zip); a part that
 * declares a DOCTYPE or an ENTITY (entity expansion, external entities) is `unsafe-xml`.
 *
 * @example
 * const parts = unzipWorkbook(bytes, 'plan.xlsx', defaultLimits);
 * parts['xl/workbook.xml'];
 */
export function unzipWorkbook(bytes: Uint8Array, file: string, limits: WorkbookLimits): ZipParts {
  let declared = 0;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    throw new WorkbookError('truncated', file);
  }
  if (declared > limits.maxUnzippedBytes) {
    throw new WorkbookError(
      'too-large',
      file,
      `Unpacked it would take ${megabytes(declared)}, more than the limit of ${megabytes(limits.maxUnzippedBytes)}.`,
    );
  }
  if (!names.includes('xl/workbook.xml')) throw new WorkbookError('not-xlsx', file, describeOtherZip(names));
  let parts: ZipParts;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw new WorkbookError('truncated', file);
  }
  const declaring = findDeclaringPart(parts);
  if (declaring !== undefined) throw new WorkbookError('unsafe-xml', file, `The declaration is in the part "${declaring}".`);
  return parts;
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

function describeOtherZip(names: string[]): string {
  if (names.includes('word/document.xml')) return 'It is a Word document. Save the plan as an Excel .xlsx workbook, then try again.';
  if (names.includes('ppt/presentation.xml')) return 'It is a PowerPoint file. Save the plan as an Excel .xlsx workbook, then try again.';
  if (names.includes('content.xml')) return 'It is an OpenDocument (.ods) file. Open it and save it as Excel .xlsx, then try again.';
  return 'It is a zip archive without a workbook inside. Save the plan as an Excel .xlsx workbook, then try again.';
}
