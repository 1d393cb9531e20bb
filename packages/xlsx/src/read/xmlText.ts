import { Buffer } from 'node:buffer';

// An XML parser (saxes, under exceljs) refuses raw control characters, undefined entities and
// invalid character references, and turns CR LF and lone CR into LF. Reading the bytes ourselves,
// we do the same, so a file that was refused before is refused now ('truncated').
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&([^;&]*)(;?)/g;

// Node's Buffer has these natively (toString wraps them with argument checks); @types/node omits them.
type FastSlices = Buffer & { latin1Slice(start: number, end: number): string };

/** A part's bytes as a Buffer view (no copy), for its fast latin1 and UTF-8 slices. */
export function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The character data of `bytes[start, end)` as an XML parser reports it: UTF-8 decoded, character
 * and the five predefined entity references replaced, line ends normalised. Plain ASCII (most
 * cells) is sliced without a decoder. Throws on what XML forbids.
 *
 * @example
 * xmlText(Buffer.from('Plan &amp; Key'), 0, 14); // 'Plan & Key'
 */
export function xmlText(bytes: Buffer, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x20 && byte < 0x7f) {
      if (byte === 0x26) plain = false;
    } else if (byte < 0x20) {
      if (byte === 0x0d) plain = false;
      else if (byte !== 0x09 && byte !== 0x0a) throw new Error('a control character in XML text');
    } else {
      plain = false;
    }
  }
  if (plain) return (bytes as FastSlices).latin1Slice(start, end);
  return decodeReferences(normaliseLineEnds(bytes.toString('utf8', start, end)));
}

/**
 * An attribute value as an XML parser reports it: as {@link xmlText}, and each literal tab or line
 * end becomes a space (attribute-value normalisation). (tagEnd has already refused a raw `<`.)
 *
 * @example
 * xmlAttribute(Buffer.from('a\tb'), 0, 3); // 'a b'
 */
export function xmlAttribute(bytes: Buffer, start: number, end: number): string {
  const text = xmlTextRaw(bytes, start, end);
  return decodeReferences(normaliseLineEnds(text).replace(/[\t\n]/g, ' '));
}

function xmlTextRaw(bytes: Buffer, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) throw new Error('a control character in an XML attribute');
  }
  return bytes.toString('utf8', start, end);
}

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, body: string, semicolon: string) => {
    if (semicolon === '') throw new Error('an unterminated entity reference');
    const named = NAMED[body];
    if (named !== undefined && Object.hasOwn(NAMED, body)) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : NaN;
    if (!isXmlChar(code)) throw new Error(`an undefined entity &${body};`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
