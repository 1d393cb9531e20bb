const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

/**
 * The zone-free calendar day of a Date exceljs gives for a date cell. exceljs builds those Dates
 * at UTC midnight, so the UTC getters give the day the cell shows, in any time zone.
 *
 * @example
 * isoDayOfExcelDate(new Date(Date.UTC(2011, 4, 31))); // '2011-05-31'
 */
export function isoDayOfExcelDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The Date exceljs writes as the day `YYYY-MM-DD` (UTC midnight, so the cell shows that day
 * whatever the machine's zone).
 *
 * @example
 * excelDateOfIsoDay('2011-05-31').toISOString(); // '2011-05-31T00:00:00.000Z'
 */
export function excelDateOfIsoDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The Excel serial number of a Date from a date cell (1900 system unless `date1904`).
 *
 * @example
 * excelSerialOfDate(new Date(Date.UTC(2011, 4, 31))); // 40694
 */
export function excelSerialOfDate(date: Date, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / DAY_MS;
}

/**
 * A day as a date number format would show it: `mmm-yy` gives `Jan-17`, `dd/mm/yyyy` gives
 * `31/05/2011`. Only the date tokens are rendered (time parts are dropped); an unknown or absent
 * format gives the ISO day.
 *
 * @example
 * formatDayAs('2017-01-31', 'mmm-yy'); // 'Jan-17'
 * formatDayAs('2011-05-31', 'd mmmm yyyy'); // '31 May 2011'
 */
export function formatDayAs(day: string, numFmt: string | undefined): string {
  if (!numFmt || !/[dmy]/i.test(numFmt)) return day;
  const [y, m, d] = day.split('-') as [string, string, string];
  const month = MONTHS[Number(m) - 1] ?? '';
  const format = numFmt
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\s*[hH]+(:mm)?(:ss)?(\s*AM\/PM)?/g, '')
    .replace(/;.*$/, '')
    .trim();
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy':
        return y;
      case 'yy':
        return y.slice(2);
      case 'mmmm':
        return month;
      case 'mmm':
        return month.slice(0, 3);
      case 'mm':
        return m;
      case 'm':
        return String(Number(m));
      case 'dddd':
      case 'ddd':
        return weekday(day, token.length === 3);
      case 'dd':
        return d;
      default:
        return String(Number(d));
    }
  });
}

function weekday(day: string, short: boolean): string {
  const name = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][excelDateOfIsoDay(day).getUTCDay()]!;
  return short ? name.slice(0, 3) : name;
}
