import type { IsoDay } from '../model/partialDate';
import { dateFields, dayFromNumber, dayNumber } from './calendar';

/**
 * Which of Excel's two date systems a workbook uses: the 1900 system (the default) or the 1904 system
 * (old Mac workbooks; `workbook.properties.date1904`).
 *
 * @example
 * const system: ExcelDateSystem = { date1904: true };
 */
export interface ExcelDateSystem {
  date1904?: boolean | undefined;
}

// Day numbers (days since 1970-01-01) of each system's serial 0. The 1900 system counts 29 February
// 1900, a day that never was (Lotus 1-2-3's bug, kept for compatibility): from serial 61 (1 March 1900)
// on, serial 0 is 30 December 1899; below 60 it is 31 December 1899.
const EPOCH_1900 = dayNumber(1899, 12, 30);
const EPOCH_1900_BEFORE_MARCH = dayNumber(1899, 12, 31);
const EPOCH_1904 = dayNumber(1904, 1, 1);
const LAST_DAY = dayNumber(9999, 12, 31);

/**
 * The day an Excel date serial stands for; any time of day is dropped. Null when the serial names no
 * real day: below the system's first day, beyond 9999, not a number, or serial 60 of the 1900 system
 * (Excel's 29 February 1900).
 *
 * @example
 * fromExcelSerial(40694); // '2011-05-31'
 * fromExcelSerial(39232, { date1904: true }); // '2011-05-31'
 * fromExcelSerial(60); // null
 */
export function fromExcelSerial(serial: number, system: ExcelDateSystem = {}): IsoDay | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let n: number | null = null;
  if (system.date1904) n = whole >= 0 ? EPOCH_1904 + whole : null;
  else if (whole >= 61) n = EPOCH_1900 + whole;
  else if (whole >= 1 && whole <= 59) n = EPOCH_1900_BEFORE_MARCH + whole;
  return n !== null && n <= LAST_DAY ? dayFromNumber(n) : null;
}

/**
 * The Excel date serial of a day, or null for a day the system cannot show (before 1 January 1900, or
 * 1 January 1904 in the 1904 system).
 *
 * @example
 * toExcelSerial('2011-05-31'); // 40694
 * toExcelSerial('1900-03-01'); // 61
 */
export function toExcelSerial(day: IsoDay, system: ExcelDateSystem = {}): number | null {
  const { year, month, day: d } = dateFields(day);
  if (month === null || d === null) throw new RangeError(`Not a whole day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const n = dayNumber(year, month, d);
  if (system.date1904) return n >= EPOCH_1904 ? n - EPOCH_1904 : null;
  if (n >= EPOCH_1900 + 61) return n - EPOCH_1900;
  return n > EPOCH_1900_BEFORE_MARCH ? n - EPOCH_1900_BEFORE_MARCH : null;
}
