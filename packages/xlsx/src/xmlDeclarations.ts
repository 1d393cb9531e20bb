// Excel never writes a document type declaration into a workbook part. A DOCTYPE is how an XML
// file defines entities, and entities are how "billion laughs" expands a few hundred bytes into
// gigabytes, and how external entities reach files and URLs. So any DOCTYPE or ENTITY declaration
// in any part is refused before a parser sees it. Parts may be UTF-8 or UTF-16 (either byte order).
const MARKERS = ['<!DOCTYPE', '<!ENTITY'];

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

function declaresEntities(bytes: Uint8Array): boolean {
  return MARKERS.some((marker) => [1, 2].some((width) => [0, 1].some((offset) => contains(bytes, marker, width, offset))));
}

/** Whether the ASCII `marker` occurs, case-insensitively, as 8-bit or as 16-bit code units (at `offset` within each unit). */
function contains(bytes: Uint8Array, marker: string, width: number, offset: number): boolean {
  if (width === 1 && offset === 1) return false;
  const upper = [...marker].map((char) => char.toUpperCase().charCodeAt(0));
  const span = upper.length * width;
  outer: for (let i = 0; i + span <= bytes.length; i++) {
    if (bytes[i + offset] !== 0x3c) continue;
    for (let j = 0; j < upper.length; j++) {
      const at = i + j * width;
      // The other byte of a UTF-16 code unit must be zero for an ASCII character.
      if (width === 2 && bytes[at + 1 - offset] !== 0) continue outer;
      const byte = bytes[at + offset]!;
      const folded = byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte;
      if (folded !== upper[j]) continue outer;
    }
    return true;
  }
  return false;
}
