import type { GridCell } from '@actionplan/core';
import { isDateFormat, serialToIsoDay } from './excelDate';
import type { HostCellProperties, HostCellValue } from './hostTypes';

/** What Office.js reports for one cell, gathered from the parallel arrays of one range read. */
export interface OfficeCellReading {
  value: HostCellValue;
  text: string;
  numberFormat: string;
  formula: HostCellValue;
  properties?: HostCellProperties | undefined;
}

function hex(colour: string | undefined): string | null {
  const match = colour ? /^#?([0-9a-f]{6})$/i.exec(colour) : null;
  return match?.[1] ? match[1].toUpperCase() : null;
}

/**
 * Turns one Office.js cell reading into a Grid cell, or null for a cell that is empty and unfilled.
 * A fill counts only when the pattern is not `None` (Excel reports white for "no fill").
 *
 * @example
 * toGridCell({ value: 40694, text: '31-May-2011', numberFormat: 'dd-mmm-yyyy', formula: 40694 });
 * // { text: '31-May-2011', number: 40694, date: '2011-05-31', numFmt: 'dd-mmm-yyyy' }
 */
export function toGridCell(reading: OfficeCellReading): GridCell | null {
  const { value, text, numberFormat, formula, properties } = reading;
  const fillFormat = properties?.format?.fill;
  const fill = fillFormat && fillFormat.pattern !== 'None' ? hex(fillFormat.color) : null;
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  if (text === '' && value === '' && !isFormula && fill === null) return null;
  const cell: GridCell = { text };
  if (typeof value === 'number') {
    cell.number = value;
    if (isDateFormat(numberFormat)) cell.date = serialToIsoDay(value);
  }
  if (numberFormat && numberFormat !== 'General' && numberFormat !== '@') cell.numFmt = numberFormat;
  if (fill !== null) cell.fill = fill;
  const colour = hex(properties?.format?.font?.color);
  if (colour !== null && colour !== '000000') cell.color = colour;
  if (properties?.format?.font?.bold === true) cell.bold = true;
  if (isFormula) cell.formula = formula;
  return cell;
}
