/**
 * Splits a measures cell written as an inline numbered list (`1) … 2) …`, seed 003) into its
 * items; any other text is one measure.
 *
 * @example
 * splitMeasures('1) Written plans for children are consistently SMART 2) Children and young people\'s views are incorporated');
 * // ['Written plans for children are consistently SMART', "Children and young people's views are incorporated"]
 */
export function splitMeasures(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (!/^1\)\s/.test(trimmed)) return [trimmed];
  return trimmed
    .split(/(?:^|\s)\d{1,2}\)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
