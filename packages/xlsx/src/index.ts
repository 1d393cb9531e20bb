export { readGrid, type ReadGridOptions } from './readGrid';
export { WorkbookError, workbookErrorMessage, type WorkbookErrorCode } from './workbookError';
export { defaultLimits, resolveLimits, type WorkbookLimits } from './limits';
export { sniffFormat, type SniffedFormat } from './sniffFormat';
export { encodeCellText } from './cellText';
export { exportWorkbook, type ExportOptions } from './export/exportWorkbook';
export { type RagKey, type RagKeyLevel } from './export/ragKey';
export { writeWorkbookFile } from './writeWorkbookFile';
export { readCanonical, isCanonicalGrid } from './canonical/readCanonical';
