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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML attribute or text with its character and entity references decoded.
 *
 * @example
 * decodeXmlText('Plan &amp; Key'); // 'Plan & Key'
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/**
 * Each worksheet part's sheet name, as the file has it, from `xl/workbook.xml` and its relationships.
 *
 * @example
 * sheetPartNames('<sheet name="Action Plan" sheetId="1" r:id="rId1"/>', '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>');
 * // Map { 'xl/worksheets/sheet1.xml' => 'Action Plan' }
 */
export function sheetPartNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, decodeXmlText(name));
  }
  return names;
}
