// OOXML (ST_Xstring) escapes a character XML 1.0 cannot hold as `_xHHHH_`, and a literal `_xHHHH_`
// as `_x005F_xHHHH_`. Excel and LibreOffice write and read that form; exceljs does neither (it
// silently drops control characters, and XML parsing turns a carriage return into a line feed).
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
// Controls other than tab and line feed, DEL, the two non-characters and lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe for a cell without loss: characters XML cannot hold become `_xHHHH_`, as Excel
 * writes them, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_`.
 *
 * @example
 * encodeCellText('a\u0007b'); // 'a_x0007_b'
 * encodeCellText('line\r\nbreak'); // 'line_x000D_\nbreak'
 */
export function encodeCellText(text: string): string {
  return text.replace(ESCAPE, '_x005F_x$1_').replace(UNSAFE, (char) => `_x${hex4(char.charCodeAt(0))}_`);
}

/**
 * Text as the cell means it: `_xHHHH_` escapes turned back into their characters.
 *
 * @example
 * decodeCellText('a_x0007_b'); // 'a\u0007b'
 * decodeCellText('_x005F_x0041_'); // '_x0041_'
 */
export function decodeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
