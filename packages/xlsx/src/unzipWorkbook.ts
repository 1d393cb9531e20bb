import { Buffer } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { WorkbookLimits } from './limits';
import { WorkbookError } from './workbookError';
import { findDeclaringPart } from './xmlDeclarations';

/** The parts of a zip, by path. */
export type ZipParts = Record<string, Uint8Array>;

/**
 * Unpacks an .xlsx zip (Node's zlib, or fflate for anything unusual), checking the central directory's declared sizes against the
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
    parts = inflateNatively(bytes) ?? unzipSync(bytes);
  } catch {
    throw new WorkbookError('truncated', file);
  }
  const declaring = findDeclaringPart(parts);
  if (declaring !== undefined) throw new WorkbookError('unsafe-xml', file, `The declaration is in the part "${declaring}".`);
  return parts;
}

/**
 * The zip's entries inflated with Node's zlib (several times faster than fflate's JavaScript
 * inflate), read from the central directory as fflate reads it; each entry may not inflate past
 * its declared size. Undefined when anything is unusual (zip64, another method, a bad header,
 * damaged data): fflate then reads the file as it always has and decides.
 */
function inflateNatively(bytes: Uint8Array): ZipParts | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) return undefined;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) return undefined;
    const parts: ZipParts = {};
    for (let n = 0; n < count; n++) {
      if (view.getUint32(at, true) !== 0x02014b50) return undefined;
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const compressed = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      if (compressed === 0xffffffff || size === 0xffffffff || view.getUint32(local, true) !== 0x04034b50) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressed > bytes.length) return undefined;
      const data = bytes.subarray(start, start + compressed);
      if (method === 0) {
        if (compressed !== size) return undefined;
        parts[name] = data.slice();
      } else if (method === 8) {
        // One output chunk a byte larger than the part: zlib otherwise inflates in 16 KB chunks and
        // concatenates them, briefly holding every sheet twice (90 MB more for a padded sheet).
        const inflated = size === 0 ? new Uint8Array(0) : inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(size + 1, 64) });
        if (inflated.length !== size) return undefined;
        parts[name] = inflated;
      } else {
        return undefined;
      }
    }
    return parts;
  } catch {
    return undefined;
  }
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
