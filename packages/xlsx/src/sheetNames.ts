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
