const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * The English name of a month (1–12).
 *
 * @example
 * monthName(9); // 'September'
 */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`No month ${month}`);
  return name;
}

/**
 * The month (1–12) a word names: the full name or any start of it from three letters on, in any case
 * (`Feb`, `Sept`, `JULY`, `Marc`). Null for anything else.
 *
 * @example
 * monthFromWord('Sept'); // 9
 * monthFromWord('Ma'); // null
 */
export function monthFromWord(word: string): number | null {
  if (word.length < 3) return null;
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower));
  return index < 0 ? null : index + 1;
}
