/** A colour in CIE L*a*b* (D65). */
interface Lab {
  l: number;
  a: number;
  b: number;
}

/**
 * Reads `RRGGBB`, `#RRGGBB` or Excel's `AARRGGBB` as `RRGGBB` upper case; undefined otherwise.
 *
 * @example
 * normaliseRgb('FFFFC000'); // 'FFC000'
 */
export function normaliseRgb(colour: string): string | undefined {
  const hex = colour.trim().replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex.slice(2);
  return /^[0-9A-F]{6}$/.test(hex) ? hex : undefined;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function labOf(rgb: string): Lab {
  const [r, g, b] = [0, 2, 4].map((at) => linear(parseInt(rgb.slice(at, at + 2), 16))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return { l: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)) };
}

/**
 * Whether a colour has so little hue that it reads as white, grey or black (chroma below 10).
 *
 * @example
 * isAchromatic('BFBFBF'); // true
 * isAchromatic('FFC7CE'); // false: a pale red
 */
export function isAchromatic(rgb: string): boolean {
  const { a, b } = labOf(rgb);
  return Math.hypot(a, b) < 10;
}

/**
 * How far a colour is from a reference colour, as CIE94 ΔE with the textile weights (lightness
 * counts half), so that a pale fill such as `FFC7CE` stays close to the red it lightens.
 * Both colours are `RRGGBB`.
 *
 * @example
 * colourDistance('FFC000', 'FFC000'); // 0
 */
export function colourDistance(reference: string, colour: string): number {
  const p = labOf(reference);
  const q = labOf(colour);
  const c1 = Math.hypot(p.a, p.b);
  const c2 = Math.hypot(q.a, q.b);
  const dl = p.l - q.l;
  const dc = c1 - c2;
  const dh2 = Math.max(0, (p.a - q.a) ** 2 + (p.b - q.b) ** 2 - dc ** 2);
  return Math.sqrt((dl / 2) ** 2 + (dc / (1 + 0.048 * c1)) ** 2 + dh2 / (1 + 0.014 * c1) ** 2);
}
