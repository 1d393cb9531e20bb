import { escapeAttribute, escapeXml } from './xmlEscape';
import { MAIN_NS, PACKAGE_RELATIONSHIPS_NS, RELATIONSHIP_TYPE, RELATIONSHIPS_NS, XML_DECLARATION } from './ooxmlNames';
import { SharedStrings } from './sharedStrings';
import type { SheetHost, SheetOptions, SheetWriter } from './sheetWriter';
import { THEME_XML } from './themeXml';
import { DeflateBacklog, ZipWriter } from './zipWriter';

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';

interface AddedSheet {
  name: string;
  options: SheetOptions;
}

/**
 * An .xlsx package written part by part: each sheet is compressed as its rows are written (see
 * `SheetWriter`), so no sheet's XML is kept whole. The shared strings, styles and the workbook
 * part come last, at {@link finish}.
 *
 * @example
 * const book = new WorkbookWriter();
 * const sheet = new SheetWriter('Plan', book);
 * book.addSheet(sheet);
 * const bytes = await book.finish(stylesXml([], []));
 */
export class WorkbookWriter implements SheetHost {
  /** The bytes of its parts waiting to be compressed. */
  readonly backlog = new DeflateBacklog();
  /** The string table every sheet of this workbook writes its text to. */
  readonly strings = new SharedStrings(this.backlog);
  private readonly zip = new ZipWriter();
  private readonly sheets: AddedSheet[] = [];
  private readonly tables: string[] = [];

  /** Adds a finished sheet after the ones already added (its tab's place). */
  addSheet(sheet: SheetWriter): void {
    const number = this.sheets.length + 1;
    this.sheets.push({ name: sheet.name, options: sheet.options });
    const table = sheet.table;
    if (!table) {
      this.zip.add(`xl/worksheets/sheet${number}.xml`, sheet.finish());
      return;
    }
    this.tables.push(table.name);
    const id = this.tables.length;
    this.zip.add(`xl/worksheets/sheet${number}.xml`, sheet.finish('rId1'));
    this.zip.add(`xl/worksheets/_rels/sheet${number}.xml.rels`, relationships([['rId1', 'table', `../tables/table${id}.xml`]]));
    const columns = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(name)}"/>`).join('');
    this.zip.add(
      `xl/tables/table${id}.xml`,
      `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttribute(table.name)}" displayName="${escapeAttribute(table.name)}" ref="${table.ref}" headerRowCount="1" totalsRowShown="0">` +
        `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
        `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
  }

  /** The package's bytes: the sheets added, then the workbook, styles, theme, strings and properties. */
  async finish(styles: string, creator = 'actionplan'): Promise<Uint8Array> {
    const sheets = this.sheets.map(({ name, options }, i) => {
      const state = options.state && options.state !== 'visible' ? ` state="${options.state}"` : '';
      return `<sheet name="${escapeAttribute(name)}" sheetId="${i + 1}"${state} r:id="rId${i + 4}"/>`;
    });
    // A sheet laid out for reading prints its header row on every page.
    const titles = this.sheets.flatMap(({ name, options }, i) =>
      options.forReading ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`'${name.replace(/'/g, "''")}'!$1:$1`)}</definedName>`] : [],
    );
    this.zip.add(
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}"><workbookPr/><bookViews><workbookView/></bookViews>` +
        `<sheets>${sheets.join('')}</sheets>${titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`,
    );
    this.zip.add(
      'xl/_rels/workbook.xml.rels',
      relationships([
        ['rId1', 'styles', 'styles.xml'],
        ['rId2', 'theme', 'theme/theme1.xml'],
        ['rId3', 'sharedStrings', 'sharedStrings.xml'],
        ...this.sheets.map((_, i): [string, string, string] => [`rId${i + 4}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]),
      ]),
    );
    this.zip.add('xl/styles.xml', styles);
    this.zip.add('xl/theme/theme1.xml', THEME_XML);
    this.zip.add('xl/sharedStrings.xml', this.strings.toPart());
    this.zip.add('docProps/core.xml', coreProperties(creator));
    this.zip.add(
      'docProps/app.xml',
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>actionplan</Application></Properties>`,
    );
    this.zip.add(
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIP_TYPE}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${RELATIONSHIP_TYPE}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    this.zip.add('[Content_Types].xml', this.contentTypes());
    return this.zip.finish();
  }

  private contentTypes(): string {
    const override = (part: string, type: string): string => `<Override PartName="${part}" ContentType="${type}"/>`;
    return (
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      override('/xl/workbook.xml', `${CONTENT_TYPE}.spreadsheetml.sheet.main+xml`) +
      this.sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${CONTENT_TYPE}.spreadsheetml.worksheet+xml`)).join('') +
      this.tables.map((_, i) => override(`/xl/tables/table${i + 1}.xml`, `${CONTENT_TYPE}.spreadsheetml.table+xml`)).join('') +
      override('/xl/theme/theme1.xml', `${CONTENT_TYPE}.theme+xml`) +
      override('/xl/styles.xml', `${CONTENT_TYPE}.spreadsheetml.styles+xml`) +
      override('/xl/sharedStrings.xml', `${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml`) +
      override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('/docProps/app.xml', `${CONTENT_TYPE}.extended-properties+xml`) +
      '</Types>'
    );
  }
}

function relationships(rows: Array<[id: string, type: string, target: string]>): string {
  const items = rows.map(([id, type, target]) => `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE}/${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">${items.join('')}</Relationships>`;
}

function coreProperties(creator: string): string {
  const now = `${new Date().toISOString().slice(0, 19)}Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}
