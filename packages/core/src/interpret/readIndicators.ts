import { isFilled } from '../detect/sheetText';
import type { GridCell, GridSheet } from '../grid/grid';
import { foldText } from '../match/similarity';
import type { Indicator, Recommendation } from '../model/plan';
import { parseRecommendationCode } from './parseRecommendationCode';
import { slug } from './slugs';

/** An indicator table read from a sheet: the indicators, the recommendation each names as written, and the cells used. */
export interface IndicatorTable {
  indicators: Indicator[];
  /** The recommendation cell of each indicator as written (`Recommendation 14`), or null; resolved once the plan is read. */
  recommendationTexts: Array<string | null>;
  headerRow: number;
  /** 0-based `[row, column]` of every data cell read. */
  cells: Array<[number, number]>;
}

type IndicatorColumn = 'name' | 'baseline' | 'target' | 'actual' | 'period' | 'recommendation';

const HEADERS: ReadonlyMap<string, IndicatorColumn> = new Map([
  ['indicator', 'name'], ['performance indicator', 'name'], ['kpi', 'name'], ['measure', 'name'],
  ['baseline', 'baseline'], ['target', 'target'], ['actual', 'actual'], ['latest', 'actual'], ['current', 'actual'],
  ['period', 'period'], ['as at', 'period'], ['recommendation', 'recommendation'], ['rec', 'recommendation'],
]);

/** Letters (lower case) that open a header word of {@link HEADERS}. */
const HEADER_OPENINGS = new Set([...HEADERS.keys()].map((header) => header.charCodeAt(0)));

/**
 * Whether a cell opening with this UTF-16 unit may fold to a header word: one opening with a digit
 * or another ASCII letter cannot (folding keeps it first), so most cells skip the lookup.
 */
function mayOpenHeader(unit: number): boolean {
  if (unit >= 48 && unit <= 57) return false;
  if (unit >= 65 && unit <= 90) return HEADER_OPENINGS.has(unit + 32);
  if (unit >= 97 && unit <= 122) return HEADER_OPENINGS.has(unit);
  return true;
}

/**
 * A header row of an indicator table: an indicator name column and two of baseline, target,
 * actual. Each cell's text is read once; `folded` remembers the column each short text names, so
 * the date, status and lead words repeated down a sheet are folded once.
 */
function headerColumns(cells: ReadonlyArray<GridCell | null | undefined>, folded: Map<string, IndicatorColumn | null>): Map<IndicatorColumn, number> | undefined {
  // Made on the first header word: this runs on every row of a sheet with no indicator table, and most rows have none.
  let columns: Map<IndicatorColumn, number> | undefined;
  for (let index = 0; index < cells.length; index++) {
    const text = cells[index]?.text ?? '';
    if (text.length > 40 || !mayOpenHeader(text.charCodeAt(0))) continue;
    let column = folded.get(text);
    if (column === undefined) folded.set(text, (column = HEADERS.get(foldText(text)) ?? null));
    if (column && !columns?.has(column)) (columns ??= new Map()).set(column, index);
  }
  if (!columns?.has('name')) return undefined;
  const values = (['baseline', 'target', 'actual'] as const).filter((column) => columns.has(column)).length;
  return values >= 2 ? columns : undefined;
}

/** A value as the sheet shows it: a number formatted as a percentage reads `79%`. */
function valueText(cell: GridCell | null | undefined): string | null {
  if (!cell || !isFilled(cell.text)) return null;
  if (cell.number !== undefined && cell.numFmt?.includes('%')) return `${Math.round(cell.number * 1000) / 10}%`;
  return cell.text.trim();
}

/**
 * Reads a performance indicator table (seed 002's `Indicator | Baseline | Target | Actual | Period |
 * Recommendation`): percentages formatted `0%` read as `79%`, a target written `90% target` as
 * `90%`, words kept as written (`statutory 45 days`). Undefined when the sheet holds no such table.
 *
 * @example
 * readIndicators(sheet)?.indicators[0];
 * // { id: 'ind-lac-dental-checks-up-to-date', name: 'LAC dental checks up to date', unit: '%', baseline: '79%', target: '90%', actual: '84%', period: 'end of Sept', recommendationId: null }
 */
export function readIndicators(sheet: GridSheet): IndicatorTable | undefined {
  let headerRow = -1;
  let columns: Map<IndicatorColumn, number> | undefined;
  const folded = new Map<string, IndicatorColumn | null>();
  for (let row = 0; row < sheet.rows.length && columns === undefined; row++) {
    columns = headerColumns(sheet.rows[row] ?? [], folded);
    headerRow = row;
  }
  if (!columns) return undefined;
  const found: IndicatorTable = { indicators: [], recommendationTexts: [], headerRow, cells: [] };
  const ids = new Set<string>();
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    const read = (column: IndicatorColumn): string | null => {
      const index = columns.get(column);
      if (index === undefined) return null;
      const value = valueText(cells[index]);
      if (value !== null) found.cells.push([row, index]);
      return value;
    };
    const name = read('name');
    if (name === null) continue;
    const values = { baseline: read('baseline'), target: read('target')?.replace(/^([^\s]*\d[^\s]*)\s+target$/i, '$1') ?? null, actual: read('actual') };
    const percent = (['baseline', 'target', 'actual'] as const).some((column) => {
      const index = columns.get(column);
      return index !== undefined && cells[index]?.numFmt?.includes('%') === true;
    });
    let id = `ind-${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `ind-${slug(name)}-${n}`;
    ids.add(id);
    found.indicators.push({ id, name, unit: percent ? '%' : null, ...values, period: read('period'), recommendationId: null });
    found.recommendationTexts.push(read('recommendation'));
  }
  return found;
}

/**
 * The table's indicators linked to the recommendations they name (`Recommendation 14` → the
 * recommendation coded `Recommendation 14`).
 *
 * @example
 * linkIndicators(table, plan.recommendations)[0]?.recommendationId; // 'rec-recommendation-14'
 */
export function linkIndicators(table: IndicatorTable, recommendations: readonly Recommendation[]): Indicator[] {
  const byCode = new Map(recommendations.flatMap((recommendation) => (recommendation.code === null ? [] : [[foldText(recommendation.code), recommendation.id] as const])));
  return table.indicators.map((indicator, index) => {
    const text = table.recommendationTexts[index];
    if (text == null) return indicator;
    const code = parseRecommendationCode(text).code ?? text;
    return { ...indicator, recommendationId: byCode.get(foldText(code)) ?? null };
  });
}
