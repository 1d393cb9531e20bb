import { DAY_FORMAT } from '../../canonical/cellOut';
import { MAIN_NS, XML_DECLARATION } from './ooxmlNames';
import { escapeAttribute } from './xmlEscape';

/**
 * The cell styles of the canonical workbook, by index into `cellXfs`; each level of the RAG key
 * then has a fill style of its own from {@link STYLE.levelFill} on. Every cell of a kind shares one.
 */
export const STYLE = {
  plain: 0,
  /** Long text: wrapped, aligned to the top of a tall row. */
  wrapTop: 1,
  /** A day (`31 May 2011`), wrapped and aligned to the top like the text beside it. */
  dayWrapTop: 2,
  bold: 3,
  heading: 4,
  day: 5,
  levelFill: 6,
} as const;

/**
 * A colour and the font colour that reads on it, both `RRGGBB`.
 *
 * @example
 * const amber: ConditionalFill = { fill: 'FFC000', font: '000000' };
 */
export interface ConditionalFill {
  fill: string;
  font: string;
}

/**
 * The `xl/styles.xml` part: the fixed styles of {@link STYLE}, a solid fill style per RAG level
 * (the Key sheet), and a differential format per level (the RAG column's conditional fills).
 *
 * @example
 * stylesXml(['FF0000', 'FFC000', '00B050'], [{ fill: 'FF0000', font: '000000' }]);
 */
export function stylesXml(levelFills: string[], conditionalFills: ConditionalFill[]): string {
  const solid = (attribute: 'fgColor' | 'bgColor', rgb: string): string => `<fill><patternFill patternType="solid"><${attribute} rgb="FF${escapeAttribute(rgb)}"/></patternFill></fill>`;
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...levelFills.map((rgb) => solid('fgColor', rgb))];
  const wrapTop = '<alignment vertical="top" wrapText="1"/>';
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${wrapTop}</xf>`,
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${wrapTop}</xf>`,
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ...levelFills.map((_, i) => `<xf numFmtId="0" fontId="0" fillId="${i + 2}" borderId="0" xfId="0" applyFill="1"/>`),
  ];
  const dxfs = conditionalFills.map(
    ({ fill, font }) => `<dxf><font><b/><color rgb="FF${escapeAttribute(font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${escapeAttribute(fill)}"/></patternFill></fill></dxf>`,
  );
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeAttribute(DAY_FORMAT)}"/></numFmts>` +
    '<fonts count="3"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
    '<font><b/><sz val="13"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    `<fills count="${fills.length}">${fills.join('')}</fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    `<dxfs count="${dxfs.length}">${dxfs.join('')}</dxfs>` +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>'
  );
}
