import { describe, expect, it } from 'vitest';
import { builtInSchemes, bragScheme, dca5Scheme, haringey2011Scheme, ragScheme } from './builtInSchemes';
import { nearestLevelByColour } from './nearestLevelByColour';

describe('nearestLevelByColour', () => {
  it('matches a scheme colour exactly', () => {
    expect(nearestLevelByColour('FFC000', ragScheme)).toEqual({ levelId: 'amber', distance: 0, colour: 'FFC000' });
    expect(nearestLevelByColour('#92d050', dca5Scheme)).toEqual({ levelId: 'amber-green', distance: 0, colour: '92D050' });
  });

  it.each([
    ['FFFF00', 'amber'], // Excel yellow used as amber
    ['FFC7CE', 'red'], // Excel's pale red conditional fill
    ['FFEB9C', 'amber'], // … pale yellow
    ['C6EFCE', 'green'], // … pale green
    ['92D050', 'green'],
    ['C00000', 'red'], // dark red
    ['FFFF0000', 'red'], // ARGB, as exceljs gives it
  ])('takes %s for %s in RAG', (fill, level) => {
    expect(nearestLevelByColour(fill, ragScheme)?.levelId).toBe(level);
  });

  it('reports how far a near colour is', () => {
    const match = nearestLevelByColour('FFFF00', ragScheme);
    expect(match?.colour).toBe('FFC000');
    expect(match?.distance).toBeGreaterThan(10);
    expect(match?.distance).toBeLessThan(20);
  });

  it('matches nothing when no level is near', () => {
    expect(nearestLevelByColour('0000FF', ragScheme)).toBeUndefined();
    expect(nearestLevelByColour('800080', ragScheme)).toBeUndefined();
    expect(nearestLevelByColour('FFFFFF', builtInSchemes['rag-grey']!)).toBeUndefined();
    expect(nearestLevelByColour('not a colour', ragScheme)).toBeUndefined();
    expect(nearestLevelByColour('FFFF00', ragScheme, {}, { maxDistance: 5 })).toBeUndefined();
  });

  it('keeps greys for the grey level and hues for the others', () => {
    expect(nearestLevelByColour('D9D9D9', builtInSchemes['brag-grey']!)?.levelId).toBe('grey');
    expect(nearestLevelByColour('808080', bragScheme)).toBeUndefined();
    expect(nearestLevelByColour('00B0F0', bragScheme)?.levelId).toBe('blue');
  });

  it('lets a legend on the sheet say what its colours mean', () => {
    // Seed 000's key lost its swatches: a workbook's own key decides.
    const legend = { FFFF00: 'amber', '00FF00': 'green', 'FF0000FF': 'blue' };
    expect(nearestLevelByColour('FFFF00', haringey2011Scheme, legend)).toEqual({ levelId: 'amber', distance: 0, colour: 'FFFF00' });
    expect(nearestLevelByColour('0000FF', haringey2011Scheme, legend)?.levelId).toBe('blue');
    // The legend replaces the scheme's amber for that level: FFC000 is now nearest the legend's yellow.
    expect(nearestLevelByColour('FFC000', haringey2011Scheme, legend)?.colour).toBe('FFFF00');
    // A legend naming a level the scheme lacks is ignored.
    expect(nearestLevelByColour('123456', ragScheme, { '123456': 'purple' })).toBeUndefined();
  });
});
