import { bufferOf } from './xmlText';
import { walkXml } from './walkXml';

/** A `<sheet>` of `xl/workbook.xml`, its attributes decoded. */
export interface SheetEntry {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

/** What readGrid needs of `xl/workbook.xml`. */
export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

/**
 * The sheets (in file order) and date system of `xl/workbook.xml`. As exceljs: `date1904` only
 * when the attribute is exactly `1`; `sheetId` through parseInt (NaN when absent).
 *
 * @example
 * readWorkbookPart(strToU8('<workbook><workbookPr date1904="1"/><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>'));
 * // { sheets: [{ name: 'Plan', id: 1, state: undefined, rId: 'rId1' }], date1904: true }
 */
export function readWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const path: string[] = [];
  walkXml(bufferOf(bytes), {
    open(name, attributes) {
      const parent = path.at(-1);
      path.push(name);
      if (path.length === 2 && name === 'workbookPr') date1904 = attributes.date1904 === '1';
      else if (name === 'sheet' && parent === 'sheets' && path.length === 3) {
        sheets.push({ name: attributes.name, id: parseInt(attributes.sheetId ?? '', 10), state: attributes.state, rId: attributes['r:id'] });
      }
    },
    close() {
      path.pop();
    },
  }, { complete: true });
  return { sheets, date1904 };
}

/**
 * The targets of a relationships part by Id.
 *
 * @example
 * readRelationships(strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'));
 * // Map { 'rId1' => 'worksheets/sheet1.xml' }
 */
export function readRelationships(bytes: Uint8Array | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!bytes) return targets;
  walkXml(bufferOf(bytes), {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id !== undefined) targets.set(attributes.Id, attributes.Target ?? '');
    },
    close() {},
  });
  return targets;
}

/** A worksheet part to read, with the sheet entry it belongs to. */
export interface SheetToRead {
  path: string;
  entry: SheetEntry;
}

/**
 * The worksheets exceljs would list, in its order: a sheet entry whose relationship points at a
 * part named like `xl/worksheets/sheetN.xml` (the only parts exceljs reads as worksheets),
 * kept by `sheetId` (a later part in zip order wins a clash; an id of 0 or none drops the sheet),
 * ordered by where its id first appears among the entries.
 *
 * @example
 * sheetsToRead(workbook, relationships, Object.keys(parts)); // [{ path: 'xl/worksheets/sheet1.xml', entry: { name: 'Plan', … } }]
 */
export function sheetsToRead(workbook: WorkbookPart, relationships: Map<string, string>, partNames: readonly string[]): SheetToRead[] {
  const worksheetParts = new Set(partNames.map((name) => (name.startsWith('/') ? name.slice(1) : name)).filter((name) => /xl\/worksheets\/sheet(\d+)[.]xml/.test(name)));
  const entryOfPart = new Map<string, SheetEntry>();
  for (const entry of workbook.sheets) {
    const target = entry.rId === undefined ? undefined : relationships.get(entry.rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (worksheetParts.has(path)) entryOfPart.set(path, entry);
  }
  const byId = new Map<number, SheetToRead>();
  for (const path of worksheetParts) {
    const entry = entryOfPart.get(path);
    if (entry && Number.isInteger(entry.id) && entry.id >= 1) byId.set(entry.id, { path, entry });
  }
  const order = (id: number): number => workbook.sheets.findIndex((sheet) => sheet.id === id);
  return [...byId.entries()].sort(([a], [b]) => a - b).map(([, sheet]) => sheet).sort((a, b) => order(a.entry.id) - order(b.entry.id));
}
