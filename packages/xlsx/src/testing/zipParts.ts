import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The parts of an .xlsx (or any zip) as bytes by path. */
export type Parts = Record<string, Uint8Array>;

/**
 * Unpacks a zip into its parts, for tests that build hostile variants of a workbook.
 *
 * @example
 * const parts = unzipParts(bytes); parts['xl/workbook.xml'];
 */
export function unzipParts(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/**
 * Packs parts into a zip (deflated unless `level` is 0).
 *
 * @example
 * zipParts({ 'xl/workbook.xml': textPart('<workbook/>') });
 */
export function zipParts(parts: Parts, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  return zipSync(parts, { level });
}

/**
 * A part's text (UTF-8).
 *
 * @example
 * partText(parts['xl/workbook.xml']);
 */
export function partText(part: Uint8Array | undefined): string {
  return part ? strFromU8(part) : '';
}

/**
 * Text as a part's bytes (UTF-8).
 *
 * @example
 * textPart('<workbook/>');
 */
export function textPart(text: string): Uint8Array {
  return strToU8(text);
}
