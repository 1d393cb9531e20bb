/**
 * Today's calendar date where the officer is (`YYYY-MM-DD`): "as of today" means their day, so
 * this is the one place the pane reads the local date.
 *
 * @example
 * localToday(); // '2024-03-05'
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
