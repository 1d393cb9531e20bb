import type { Buffer } from 'node:buffer';
import { xmlAttribute } from './xmlText';

const LT = 0x3c;
const GT = 0x3e;

/**
 * The index of the `>` that ends the tag whose name ends at `from`, or -1 when the part ends first.
 * Quoted attribute values may hold `>`; a `<` or a control character inside the tag is an error.
 *
 * @example
 * tagEnd(Buffer.from('<c r="A1" t=">">'), 2); // 15
 */
export function tagEnd(bytes: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (quote !== 0) {
      if (byte === quote) quote = 0;
      else if (byte === LT) throw new Error('< in an attribute value');
    } else if (byte === GT) {
      return i;
    } else if (byte === 0x22 || byte === 0x27) {
      quote = byte;
    } else if (byte === LT) {
      throw new Error('< inside a tag');
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) throw new Error('a control character in a tag');
  }
  return -1;
}

/**
 * Throws unless `bytes[start, end)` is an XML name (ASCII checked exactly; other characters
 * allowed), as the parser under exceljs checked element and attribute names.
 *
 * @example
 * checkName(Buffer.from('x:c'), 0, 3); // fine
 */
export function checkName(bytes: Buffer, start: number, end: number): void {
  if (end <= start) throw new Error('an empty name');
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80 || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte === 0x5f || byte === 0x3a) continue;
    if (i > start && ((byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2e)) continue;
    throw new Error('a disallowed character in a name');
  }
}

/** Throws unless only white space lies between a closing tag's name and its `>`. */
export function checkClosingTagEnd(bytes: Buffer, from: number, end: number): void {
  for (let i = from; i < end; i++) if (!isSpace(bytes[i]!)) throw new Error('attributes on a closing tag');
}

/** Whether a byte ends an element name (space, tab, line end, `/` or `>`). */
export function endsName(byte: number): boolean {
  return byte === 0x20 || byte === 0x2f || byte === GT || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

/**
 * The attributes of one tag as byte offsets, reused from tag to tag (the sheet scanner reads
 * millions of tags): `name(i)` compares a name without making a string, `value(i)` decodes one.
 *
 * @example
 * const attributes = new TagAttributes();
 * attributes.read(bytes, 2, tagEnd(bytes, 2));
 * attributes.value(bytes, attributes.find(bytes, 'r')); // 'A1'
 */
export class TagAttributes {
  count = 0;
  private at = new Int32Array(64);

  /** Reads the attributes between the end of the element name and the tag's `>` (a trailing `/` is allowed). */
  read(bytes: Buffer, from: number, end: number): void {
    this.count = 0;
    let i = from;
    for (;;) {
      while (i < end && isSpace(bytes[i]!)) i++;
      if (i >= end || (bytes[i] === 0x2f && i === end - 1)) return;
      const nameStart = i;
      while (i < end && bytes[i] !== 0x3d && !isSpace(bytes[i]!)) i++;
      const nameEnd = i;
      while (i < end && isSpace(bytes[i]!)) i++;
      if (bytes[i] !== 0x3d || nameEnd === nameStart) throw new Error('an attribute without a value');
      i++;
      while (i < end && isSpace(bytes[i]!)) i++;
      const quote = bytes[i];
      if (quote !== 0x22 && quote !== 0x27) throw new Error('an unquoted attribute value');
      const valueEnd = bytes.indexOf(quote, i + 1);
      if (valueEnd < 0 || valueEnd > end) throw new Error('an unterminated attribute value');
      checkName(bytes, nameStart, nameEnd);
      for (let a = 0; a < this.count; a++) if (this.sameName(bytes, a, nameStart, nameEnd)) throw new Error('a duplicate attribute');
      this.push(nameStart, nameEnd, i + 1, valueEnd);
      i = valueEnd + 1;
      if (i < end && !isSpace(bytes[i]!) && !(bytes[i] === 0x2f && i === end - 1)) throw new Error('attributes run together');
    }
  }

  /** The index of the attribute called `name`, or -1. */
  find(bytes: Buffer, name: string): number {
    for (let a = 0; a < this.count; a++) if (this.nameIs(bytes, a, name)) return a;
    return -1;
  }

  /** Whether attribute `a` is called `name` (ASCII). */
  nameIs(bytes: Buffer, a: number, name: string): boolean {
    const start = this.at[a * 4]!;
    if (this.at[a * 4 + 1]! - start !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (bytes[start + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** The decoded value of attribute `a`, or undefined when `a` is -1. */
  value(bytes: Buffer, a: number): string | undefined {
    return a < 0 ? undefined : xmlAttribute(bytes, this.at[a * 4 + 2]!, this.at[a * 4 + 3]!);
  }

  /** The byte range of attribute `a`'s name. */
  nameStart(a: number): number {
    return this.at[a * 4]!;
  }

  nameEnd(a: number): number {
    return this.at[a * 4 + 1]!;
  }

  /** The byte range of attribute `a`'s value (undecoded). */
  valueStart(a: number): number {
    return this.at[a * 4 + 2]!;
  }

  valueEnd(a: number): number {
    return this.at[a * 4 + 3]!;
  }

  /** The decoded value of the attribute called `name`. */
  get(bytes: Buffer, name: string): string | undefined {
    return this.value(bytes, this.find(bytes, name));
  }

  private sameName(bytes: Buffer, a: number, start: number, end: number): boolean {
    const other = this.at[a * 4]!;
    if (this.at[a * 4 + 1]! - other !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (bytes[other + k] !== bytes[start + k]) return false;
    return true;
  }

  private push(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if ((this.count + 1) * 4 > this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    const k = this.count++ * 4;
    this.at[k] = nameStart;
    this.at[k + 1] = nameEnd;
    this.at[k + 2] = valueStart;
    this.at[k + 3] = valueEnd;
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/;

/**
 * Skips markup that is not an element: a comment, a CDATA section (whose text exceljs never
 * read), a processing instruction or the XML declaration (checked: only at the very start, version
 * 1.x, as the XML parser under exceljs checks it). `at` is the `<`; returns the index after it ends.
 * A DOCTYPE never gets here: unzipWorkbook refuses it.
 *
 * @example
 * skipNonElement(Buffer.from('<!-- x --><a/>'), 0, false); // 10
 */
export function skipNonElement(bytes: Buffer, at: number, atStart: boolean): number {
  const next = bytes[at + 1];
  let close: string;
  if (next === 0x3f) close = '?>';
  else if (bytes[at + 2] === 0x2d && bytes[at + 3] === 0x2d) close = '-->';
  else if (bytes.toString('latin1', at + 2, at + 9) === '[CDATA[') close = ']]>';
  else throw new Error('a markup declaration');
  const end = bytes.indexOf(close, at + 2, 'latin1');
  if (end < 0) throw new Error('unterminated markup');
  for (let i = at; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) throw new Error('a control character in markup');
  }
  if (next === 0x3f) {
    const target = /^<\?([^\s?]*)/.exec(bytes.toString('latin1', at, Math.min(end, at + 16)))?.[1] ?? '';
    if (target.toLowerCase() === 'xml' && (!atStart || !DECLARATION.test(bytes.toString('latin1', at, end + 2)))) throw new Error('a misplaced or malformed XML declaration');
  }
  return end + close.length;
}
