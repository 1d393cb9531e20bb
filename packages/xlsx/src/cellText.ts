// OOXML (ST_Xstring) escapes a character XML 1.0 cannot hold as `_xHHHH_`, and a literal `_xHHHH_`
// as `_x005F_xHHHH_`. Excel and LibreOffice write and read that form. exceljs decodes it when it
// reads a string but never writes it: it silently drops control characters, and XML turns a
// carriage return into a line feed. So the exporter escapes, and readGrid takes exceljs's text as is.
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

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Cell text with its `_xHHHH_` escapes decoded, as Excel reads them: `_x005F_` is a literal `_`, so
 * `_x005F_x0041_` stays `_x0041_`. exceljs does this for shared strings and rich text but not for
 * plain inline strings (`<is><t>`), where readGrid applies it.
 *
 * @example
 * decodeCellText('Lone _xD800_ high'); // 'Lone \uD800 high'
 * decodeCellText('_x005F_x0041_'); // '_x0041_'
 */
export function decodeCellText(text: string): string {
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
