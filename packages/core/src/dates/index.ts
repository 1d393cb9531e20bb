export type { DateKind, DateParseOptions, DateParseResult, DatePrecision, ParsedDate, Recurrence, RelativeOffset } from './types';
export type { DateIssueCode } from './dateIssues';
export { parseDate } from './parseDate';
export { parseDates } from './parseDates';
export { resolveTimescale } from './resolveTimescale';
export { applyOffset } from './applyOffset';
export { normaliseDateText } from './normaliseDateText';
export { formatDate } from './formatDate';
export { safeFirstDay, safeLastDay } from './safeDay';
export { monthFromWord, monthName } from './monthNames';
export { fromExcelSerial, toExcelSerial, type ExcelDateSystem } from './excelSerial';
export {
  addDays,
  addMonths,
  dateFields,
  dayFromNumber,
  dayNumber,
  dayNumberOf,
  daysBetween,
  daysInMonth,
  firstDay,
  isLeapYear,
  lastDay,
  precisionOf,
} from './calendar';
