import { resolveColour, type ColourContext, type ExcelColour } from '../colours';
import { bufferOf } from './xmlText';
import { walkXml } from './walkXml';

/** What a cell, row or column style means for a Grid cell, worked out once per style. */
export interface CellStyle {
  /** The number format code (`mmm-yy`), absent for General (id 0) and unknown ids. */
  numFmt: string | undefined;
  /** Whether a number under this format is a date (exceljs's rule: see {@link isDateFormat}). */
  isDate: boolean;
  /** The style has a fill (any pattern, `none` too: a row's wins over its column's). */
  hasFill: boolean;
  /** The solid fill as `RRGGBB`. */
  fill: string | undefined;
  hasFont: boolean;
  bold: boolean;
  /** The font colour as `RRGGBB` (black included). */
  color: string | undefined;
}

// Built-in number formats as exceljs names them (ids without a format of their own give none).
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * Whether a number format shows a date, exactly as exceljs decides it (a number under such a format
 * becomes a Date): any of `y m d h M s b` outside quotes and brackets.
 *
 * @example
 * isDateFormat('mmm-yy'); // true
 * isDateFormat('"Q"0'); // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
}

interface Font {
  bold?: true;
  color?: ExcelColour;
}

interface Fill {
  type?: string;
  pattern?: string;
  fgColor?: ExcelColour;
}

/** The parsed lists of `xl/styles.xml`; a list is undefined when the file has none (or an empty one), as exceljs keeps it. */
interface StyleLists {
  numFmts: Map<number, string>;
  fonts: Font[] | undefined;
  fills: Fill[] | undefined;
  borders: number;
  xfs: Xf[] | undefined;
}

/**
 * The cell styles of a workbook by index (`s="3"`), resolved lazily and once each, with exceljs's
 * rules: style 0 of a cell means no style; an index beyond the list means no style; a style that
 * points into a list the file lacks is an error (exceljs fails to load such a file).
 *
 * @example
 * const styles = Styles.read(parts['xl/styles.xml'], colours);
 * styles.get(1)?.numFmt; // 'd mmm yyyy'
 */
export class Styles {
  private readonly cache: Array<CellStyle | null | undefined> = [];

  private constructor(
    private readonly lists: StyleLists | undefined,
    private readonly colours: ColourContext,
  ) {}

  /** The styles of a workbook's styles part (absent: every style lookup gives none). */
  static read(bytes: Uint8Array | undefined, colours: ColourContext): Styles {
    return new Styles(bytes ? readStyleLists(bytes) : undefined, colours);
  }

  /** Whether the workbook has a styles part at all (a row or column style without one is an error, as in exceljs). */
  get present(): boolean {
    return this.lists !== undefined;
  }

  /** The style at `id`, or null when there is none. */
  get(id: number): CellStyle | null {
    const cached = this.cache[id];
    if (cached !== undefined) return cached;
    const style = this.resolve(id);
    if (Number.isInteger(id) && id >= 0 && id < 1e6) this.cache[id] = style;
    return style;
  }

  private resolve(id: number): CellStyle | null {
    const lists = this.lists;
    if (!lists) return null;
    if (!lists.xfs) throw new Error('a style reference without cell styles');
    const xf = Object.hasOwn(lists.xfs, id) ? lists.xfs[id] : undefined;
    if (!xf) return null;
    const numFmt = xf.numFmtId ? lists.numFmts.get(xf.numFmtId) || BUILT_IN[xf.numFmtId] : undefined;
    const font = part(lists.fonts, xf.fontId);
    if (xf.borderId || xf.borderId === 0) {
      if (lists.borders === 0) throw new Error('a style reference without borders');
    }
    const fill = part(lists.fills, xf.fillId);
    const solid = fill?.type === 'pattern' && fill.pattern === 'solid' ? resolveColour(fill.fgColor, this.colours) : undefined;
    return {
      numFmt: numFmt || undefined,
      isDate: isDateFormat(numFmt),
      hasFill: fill !== undefined,
      fill: solid,
      hasFont: font !== undefined,
      bold: font?.bold === true,
      color: resolveColour(font?.color, this.colours),
    };
  }
}

function part<T>(list: T[] | undefined, id: number): T | undefined {
  if (!id && id !== 0) return undefined;
  if (!list) throw new Error('a style reference into a missing list');
  return Object.hasOwn(list, id) ? list[id] : undefined;
}

function colourOf(attributes: Record<string, string>): ExcelColour | undefined {
  if (attributes.rgb) return { argb: attributes.rgb };
  if (attributes.theme) {
    const colour: ExcelColour = { theme: parseInt(attributes.theme, 10) };
    if (attributes.tint) colour.tint = parseFloat(attributes.tint);
    return colour;
  }
  if (attributes.indexed) return { indexed: parseInt(attributes.indexed, 10) };
  return undefined;
}

function readStyleLists(bytes: Uint8Array): StyleLists {
  const numFmts = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: Fill[] = [];
  const xfs: Xf[] = [];
  let borders = 0;
  const path: string[] = [];
  let font: Font | undefined;
  let fill: Fill | undefined;
  walkXml(bufferOf(bytes), {
    open(name, attributes) {
      path.push(name);
      const list = path[1];
      const depth = path.length;
      if (depth === 3) {
        if (list === 'numFmts' && name === 'numFmt') {
          if (attributes.formatCode === undefined) throw new Error('a number format without a code');
          numFmts.set(parseInt(attributes.numFmtId ?? '', 10), attributes.formatCode.replace(/[\\](.)/g, '$1'));
        } else if (list === 'fonts' && name === 'font') {
          font = {};
        } else if (list === 'fills' && name === 'fill') {
          fill = {};
        } else if (list === 'borders' && name === 'border') {
          borders++;
        } else if (list === 'cellXfs' && name === 'xf') {
          const int = (value: string | undefined): number => parseInt(value ?? '', 10);
          xfs.push({ numFmtId: int(attributes.numFmtId), fontId: int(attributes.fontId), fillId: int(attributes.fillId), borderId: int(attributes.borderId) });
        }
      } else if (depth === 4 && font) {
        if (name === 'b') font.bold = true;
        else if (name === 'color') {
          const colour = colourOf(attributes);
          if (colour) font.color = colour;
        }
      } else if (depth === 4 && fill) {
        if (name === 'patternFill') {
          fill.type = 'pattern';
          if (attributes.patternType !== undefined) fill.pattern = attributes.patternType;
        } else if (name === 'gradientFill') fill.type = 'gradient';
      } else if (depth === 5 && fill?.type === 'pattern' && path[3] === 'patternFill' && name === 'fgColor') {
        const colour = colourOf(attributes);
        if (colour) fill.fgColor = colour;
      }
    },
    close() {
      if (path.length === 3) {
        if (font) fonts.push(font);
        if (fill) fills.push(fill);
        font = undefined;
        fill = undefined;
      }
      path.pop();
    },
  }, { complete: true });
  return { numFmts, fonts: fonts.length ? fonts : undefined, fills: fills.length ? fills : undefined, borders, xfs: xfs.length ? xfs : undefined };
}
