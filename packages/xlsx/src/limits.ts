/**
 * Safety limits for reading a workbook. A file beyond any of them fails with a `too-large`
 * {@link WorkbookError} before it can exhaust memory. The defaults allow far more than any real
 * improvement plan (the largest seed has a few hundred rows).
 */
export interface WorkbookLimits {
  /** Size of the file itself, in bytes. Default 50 MB. */
  maxFileBytes: number;
  /** Sum of the sizes of the zip's parts once unpacked, in bytes. Default 500 MB (stops zip bombs). */
  maxUnzippedBytes: number;
  /** Rows per sheet, after trailing empty rows are trimmed. Default 200,000. */
  maxRows: number;
  /** Columns per sheet, after trailing empty columns are trimmed. Default 1,000. */
  maxColumns: number;
  /** Non-empty cells in the whole workbook. Default 5,000,000. */
  maxCells: number;
  /** Characters in one cell. Default 32,767, Excel's own limit. */
  maxCellText: number;
}

/**
 * The default {@link WorkbookLimits}.
 *
 * @example
 * readGrid(bytes, { limits: { ...defaultLimits, maxRows: 10_000 } });
 */
export const defaultLimits: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 1_000,
  maxCells: 5_000_000,
  maxCellText: 32_767,
});

/**
 * The defaults overridden by whichever limits the caller gives.
 *
 * @example
 * resolveLimits({ maxRows: 100 }).maxRows; // 100
 */
export function resolveLimits(limits: Partial<WorkbookLimits> = {}): WorkbookLimits {
  return { ...defaultLimits, ...limits };
}
