/** A colour as exceljs gives it: ARGB, a theme slot with an optional tint, or a legacy palette index. */
export interface ExcelColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** The colours a workbook's relative colours resolve against. */
export interface ColourContext {
  /** Theme colours in Excel's index order: lt1, dk1, lt2, dk2, accent1…6, hlink, folHlink. */
  theme: string[];
  /** The legacy 64-colour palette (the workbook's own when it overrides it). */
  indexed: string[];
}

// Excel's default legacy palette (indexes 0–63; 64 and 65 are the system foreground and background).
const DEFAULT_INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 ' +
  '000000 FFFFFF'
).split(' ');

// The Office theme (2013 onwards), used when a workbook carries no theme part.
const DEFAULT_THEME = 'FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72'.split(' ');
const SCHEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/**
 * The colour context of a workbook from its theme and styles XML (either may be absent).
 *
 * @example
 * colourContext(undefined, undefined).theme[4]; // '4472C4' (accent 1 of the Office theme)
 */
export function colourContext(themeXml: string | undefined, stylesXml: string | undefined): ColourContext {
  return { theme: themeColours(themeXml), indexed: indexedColours(stylesXml) };
}

function themeColours(xml: string | undefined): string[] {
  if (!xml) return DEFAULT_THEME;
  return SCHEME_ORDER.map((slot, i) => {
    const body = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(xml)?.[1] ?? '';
    const rgb = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(body)?.[1];
    return rgb ? rgb.toUpperCase() : DEFAULT_THEME[i]!;
  });
}

function indexedColours(xml: string | undefined): string[] {
  const custom = xml ? /<indexedColors>([\s\S]*?)<\/indexedColors>/.exec(xml)?.[1] : undefined;
  if (!custom) return DEFAULT_INDEXED;
  const colours = [...custom.matchAll(/rgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase());
  return DEFAULT_INDEXED.map((colour, i) => colours[i] ?? colour);
}

/**
 * A colour resolved to `RRGGBB`, or undefined when it is automatic or cannot be resolved (a theme
 * slot beyond the twelve a theme defines, an index outside the palette).
 *
 * @example
 * resolveColour({ argb: 'FFFFC000' }, ctx); // 'FFC000'
 * resolveColour({ indexed: 10 }, ctx); // 'FF0000'
 * resolveColour({ theme: 9, tint: 0.4 }, ctx); // 'A9D08E' (green accent, 40% lighter)
 */
export function resolveColour(colour: ExcelColour | undefined, ctx: ColourContext): string | undefined {
  if (!colour) return undefined;
  let rgb: string | undefined;
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(colour.argb)) rgb = colour.argb.slice(-6).toUpperCase();
  else if (typeof colour.theme === 'number') rgb = ctx.theme[colour.theme];
  else if (typeof colour.indexed === 'number') rgb = ctx.indexed[colour.indexed];
  if (!rgb) return undefined;
  return colour.tint ? applyTint(rgb, colour.tint) : rgb;
}

/** Excel's tint: a move of the HSL lightness towards black (negative) or white (positive). */
function applyTint(rgb: string, tint: number): string {
  const [h, s, l] = toHsl(rgb);
  const lightness = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHsl(h, s, lightness);
}

function toHsl(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const channel = (t: number): number => {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const values = s === 0 ? [l, l, l] : [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
  return values.map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}
