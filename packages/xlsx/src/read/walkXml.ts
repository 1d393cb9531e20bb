import type { Buffer } from 'node:buffer';
import { checkClosingTagEnd, checkName, endsName, skipNonElement, TagAttributes, tagEnd } from './xmlTags';
import { xmlText } from './xmlText';

/** What {@link walkXml} reports, in document order, as a SAX parser would. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close(name: string): void;
}

/**
 * Walks a small XML part (workbook, relationships, styles, shared strings) element by element,
 * with names as written (prefixes kept) and attributes decoded. Throws on XML that is not
 * well-formed: mismatched tags, text outside the root, bad references, control characters.
 *
 * @example
 * walkXml(bufferOf(strToU8('<a x="1">hi</a>')), { open: (n, a) => {}, text: (t) => {}, close: (n) => {} });
 */
export function walkXml(bytes: Buffer, handler: XmlHandler, options: { complete?: boolean } = {}): void {
  const attributes = new TagAttributes();
  const open: string[] = [];
  let rootSeen = false;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let pos = start;
  for (;;) {
    const lt = bytes.indexOf(0x3c, pos);
    const textEnd = lt < 0 ? bytes.length : lt;
    if (textEnd > pos) {
      const text = xmlText(bytes, pos, textEnd);
      if (open.length > 0) handler.text?.(text);
      else if (text.trim() !== '') throw new Error('text outside the root element');
    }
    if (lt < 0) break;
    const next = bytes[lt + 1];
    if (next === 0x21 || next === 0x3f) {
      pos = skipNonElement(bytes, lt, lt === start);
      continue;
    }
    const closing = next === 0x2f;
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < bytes.length && !endsName(bytes[nameEnd]!)) nameEnd++;
    checkName(bytes, lt + (closing ? 2 : 1), nameEnd);
    const name = bytes.toString('utf8', lt + (closing ? 2 : 1), nameEnd);
    const end = tagEnd(bytes, nameEnd);
    if (end < 0) {
      // A part cut short inside a tag: exceljs's parser saw nothing of that tag, and no error.
      if (options.complete === true) throw new Error('a tag that never ends');
      break;
    }
    if (closing) {
      checkClosingTagEnd(bytes, nameEnd, end);
      if (open.pop() !== name) throw new Error(`a closing tag </${name}> that does not match`);
      handler.close(name);
    } else {
      if (open.length === 0 && rootSeen) throw new Error('a second root element');
      rootSeen = true;
      attributes.read(bytes, nameEnd, end);
      const values: Record<string, string> = Object.create(null) as Record<string, string>;
      for (let a = 0; a < attributes.count; a++) {
        values[bytes.toString('latin1', attributes.nameStart(a), attributes.nameEnd(a))] = attributes.value(bytes, a)!;
      }
      handler.open(name, values);
      if (bytes[end - 1] === 0x2f) handler.close(name);
      else open.push(name);
    }
    pos = end + 1;
  }
  // exceljs's parser is never told the document has ended: an unclosed element there is no error
  // unless the reading needs its end (the workbook and styles parts: `complete`).
  if (options.complete === true && (!rootSeen || open.length > 0)) throw new Error('the document ends inside an element');
}
