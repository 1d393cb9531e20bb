import type { RagLevelId } from '../model/plan';
import { colourDistance, isAchromatic, normaliseRgb } from './colourDistance';
import type { RagScheme } from './scheme';

/**
 * The level a fill colour stands for, how far the fill is from the level's colour, and that colour.
 *
 * @example
 * const match: ColourMatch | undefined = nearestLevelByColour(cell.fill ?? '', scheme);
 */
export interface ColourMatch {
  levelId: RagLevelId;
  /** CIE94 ΔE (textile weights) between the fill and `colour`: 0 is the same colour. */
  distance: number;
  /** The colour matched: the sheet legend's where it has one for the level, else the scheme's. */
  colour: string;
}

/**
 * Beyond this distance a fill is not taken for any level. Pale fills (`FFC7CE` → red, 23) stay within it.
 *
 * @example
 * nearestLevelByColour('FFFF00', ragScheme, {}, { maxDistance: defaultMaxColourDistance / 2 });
 */
export const defaultMaxColourDistance = 40;

// White is the page and black is ink: neither is a rating unless a legend says so.
const notRatings = new Set(['FFFFFF', '000000']);

/**
 * The scheme level whose colour is nearest a cell's fill, or undefined when none is near. A legend
 * read from the sheet (`{ 'FFFF00': 'amber' }`) replaces the scheme's colours for the levels it
 * names. Greys and whites match only a grey level, and coloured fills only coloured levels, so a
 * grey fill is never taken for Blue.
 *
 * @example
 * nearestLevelByColour('FFC000', ragScheme); // { levelId: 'amber', distance: 0, colour: 'FFC000' }
 * nearestLevelByColour('FFC7CE', ragScheme)?.levelId; // 'red' (Excel's pale red fill)
 * nearestLevelByColour('FFFF00', haringey2011Scheme, { FFFF00: 'amber' })?.distance; // 0
 */
export function nearestLevelByColour(
  fill: string,
  scheme: RagScheme,
  legend: Readonly<Record<string, RagLevelId>> = {},
  options: { maxDistance?: number } = {},
): ColourMatch | undefined {
  const rgb = normaliseRgb(fill);
  if (rgb === undefined) return undefined;
  const { maxDistance = defaultMaxColourDistance } = options;
  let best: ColourMatch | undefined;
  for (const [colour, levelId] of candidateColours(scheme, legend)) {
    if (colour === rgb) return { levelId, distance: 0, colour };
    if (notRatings.has(rgb) || isAchromatic(colour) !== isAchromatic(rgb)) continue;
    const distance = colourDistance(colour, rgb);
    if (distance <= maxDistance && (best === undefined || distance < best.distance)) best = { levelId, distance, colour };
  }
  return best;
}

function candidateColours(scheme: RagScheme, legend: Readonly<Record<string, RagLevelId>>): [string, RagLevelId][] {
  const fromLegend = Object.entries(legend).flatMap(([colour, levelId]): [string, RagLevelId][] => {
    const rgb = normaliseRgb(colour);
    return rgb !== undefined && scheme.levels.some((level) => level.id === levelId) ? [[rgb, levelId]] : [];
  });
  const legendLevels = new Set(fromLegend.map(([, levelId]) => levelId));
  const fromScheme = scheme.levels.filter((level) => !legendLevels.has(level.id)).map((level): [string, RagLevelId] => [level.colour, level.id]);
  return [...fromLegend, ...fromScheme];
}
