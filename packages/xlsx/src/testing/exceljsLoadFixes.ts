// What the exceljs-based oracle (readGridWithExceljs) needs before exceljs can load a file; readGrid
// reads the XML itself and needs none of it.
import { decodeXmlText } from '../sheetNames';

// exceljs refuses to load a workbook whose sheet name it would not let you create: a leading or
// trailing apostrophe (`'Plan'`), `* ? : \ / [ ]`, an empty name, `History`, a duplicate; and it
// truncates a name over 31 characters with a console warning. Hand-made and hostile files have all
// of these. So such sheets load under a stand-in name and get their own name back in the Grid.
const SHEET = /<sheet\b[^>]*?\bname="([^"]*)"/g;

/** The workbook part with stand-in names, and each stand-in's original name. */
export interface RenamedSheets {
  xml: string;
  originals: Map<string, string>;
}

/**
 * `xl/workbook.xml` with every sheet name exceljs would reject or change replaced by a stand-in
 * (`actionplan-sheet-3`), and the map back to the names as the file has them.
 *
 * @example
 * renameUnloadableSheets('<sheets><sheet name="&apos;Plan&apos;" sheetId="1"/></sheets>').originals;
 * // Map { 'actionplan-sheet-1' => "'Plan'" }
 */
export function renameUnloadableSheets(workbookXml: string): RenamedSheets {
  const originals = new Map<string, string>();
  const seen = new Set<string>();
  let index = 0;
  const xml = workbookXml.replace(SHEET, (tag, encoded: string) => {
    index++;
    const name = decodeXmlText(encoded);
    const unloadable = name === '' || name === 'History' || name.length > 31 || /[*?:/\\[\]]|^'|'$/.test(name) || seen.has(name.toLowerCase());
    seen.add(name.toLowerCase());
    if (!unloadable) return tag;
    const standIn = `actionplan-sheet-${index}`;
    originals.set(standIn, name);
    return tag.replace(`name="${encoded}"`, `name="${standIn}"`);
  });
  return { xml, originals };
}


/**
 * Sheet XML without its data validations. The Grid has no use for them, and exceljs expands each
 * validation range into one object per cell as it loads: a validation over a whole column
 * (`M2:M1048576`, as the canonical workbook has) would cost a million objects.
 *
 * @example
 * dropDataValidations('<dataValidations count="1"><dataValidation sqref="M2:M1048576"/></dataValidations>'); // ''
 */
export function dropDataValidations(xml: string): string {
  const start = xml.indexOf('<dataValidations');
  if (start < 0) return xml;
  const close = '</dataValidations>';
  const end = xml.indexOf(close, start);
  return end < 0 ? xml : xml.slice(0, start) + xml.slice(end + close.length);
}


const INLINE_STRING = /<c\b([^>]*)>\s*<is>\s*<t\b[^>]*>([^<]*)<\/t>\s*<\/is>/g;

/**
 * The cells of a sheet's XML holding a plain inline string with a `_xHHHH_` escape, by address:
 * exceljs leaves those escapes undecoded (it decodes shared strings and rich text only).
 *
 * @example
 * escapedInlineCells('<c r="B2" t="inlineStr"><is><t>Lone _xD800_</t></is></c>'); // Set { 'B2' }
 */
export function escapedInlineCells(xml: string): Set<string> {
  const cells = new Set<string>();
  if (!xml.includes('_x')) return cells;
  for (const [, attributes, text] of xml.matchAll(INLINE_STRING)) {
    const address = /\br="([A-Z]+\d+)"/.exec(attributes!)?.[1];
    if (address && /\bt="inlineStr"/.test(attributes!) && /_x[0-9A-Fa-f]{4}_/.test(text!)) cells.add(address);
  }
  return cells;
}
