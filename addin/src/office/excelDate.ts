const DAY_MS = 86_400_000;
// Excel's day 0 in the 1900 system is 1899-12-30 once its fictitious 29 Feb 1900 is accounted for.
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * Whether a number format shows a calendar date (`dd/mm/yyyy`, `mmm-yy`, `d-mmm-yyyy`), ignoring
 * quoted literals, colours and elapsed-time brackets. Pure time formats (`h:mm`) are not dates.
 *
 * @example
 * isDateFormat('mmm-yy'); // true
 * isDateFormat('0.00'); // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

/**
 * The zone-free calendar day of an Excel serial date number (1900 date system), computed in UTC so
 * the machine's time zone can never shift it.
 *
 * @example
 * serialToIsoDay(40694); // '2011-05-31'
 */
export function serialToIsoDay(serial: number): string {
  return new Date(EPOCH_1900 + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
