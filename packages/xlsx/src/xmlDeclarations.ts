// Excel never writes a document type declaration into a workbook part. A DOCTYPE is how an XML
// file defines entities, and entities are how "billion laughs" expands a few hundred bytes into
// gigabytes, and how external entities reach files and URLs. So any DOCTYPE or ENTITY declaration
// in any part is refused before a parser sees it. Parts may be UTF-8 or UTF-16 (either byte order).
const MARKERS = ['DOCTYPE', 'ENTITY'];

/**
 * The path of the first part that declares a DOCTYPE or an ENTITY, or undefined when none does.
 *
 * @example
 * findDeclaringPart({ 'xl/sharedStrings.xml': new TextEncoder().encode('<!DOCTYPE x [<!ENTITY a "a">]><sst/>') });
 * // 'xl/sharedStrings.xml'
 */
export function findDeclaringPart(parts: Record<string, Uint8Array>): string | undefined {
  return Object.keys(parts).find((path) => declaresEntities(parts[path]!));
}

/**
 * One pass per part, stopping only at `!` (rare in XML): a declaration is `<!` then a marker, as
 * 8-bit characters or as UTF-16 code units in either byte order (the other byte of each unit zero).
 */
function declaresEntities(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x21); i >= 0; i = bytes.indexOf(0x21, i + 1)) {
    if (bytes[i - 1] === 0x3c) {
      if (MARKERS.some((marker) => markerAt(bytes, i + 1, marker, 1, -1))) return true;
    } else if (bytes[i - 1] === 0 && bytes[i - 2] === 0x3c) {
      // UTF-16: little-endian puts each zero after its character, big-endian before.
      if (MARKERS.some((marker) => markerAt(bytes, i + 2, marker, 2, 1) || markerAt(bytes, i + 2, marker, 2, -1))) return true;
    }
  }
  return false;
}

/** Whether the upper-case ASCII `marker` starts at `at`, case-insensitively, one character every `width` bytes (and, in UTF-16, a zero at `zero` from each). */
function markerAt(bytes: Uint8Array, at: number, marker: string, width: number, zero: number): boolean {
  for (let j = 0; j < marker.length; j++) {
    const k = at + j * width;
    const byte = bytes[k];
    if (byte === undefined) return false;
    if ((byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte) !== marker.charCodeAt(j)) return false;
    if (width === 2 && bytes[k + zero] !== 0) return false;
  }
  return true;
}
