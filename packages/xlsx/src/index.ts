export { readGrid, type ReadGridOptions } from './readGrid';
export { WorkbookError, workbookErrorMessage, type WorkbookErrorCode } from './workbookError';
export { defaultLimits, resolveLimits, type WorkbookLimits } from './limits';
export { sniffFormat, type SniffedFormat } from './sniffFormat';
export { encodeCellText, decodeCellText } from './cellText';
