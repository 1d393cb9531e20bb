/**
 * The slice of the Excel JavaScript API the add-in uses, written as plain structural types.
 * Real Office.js objects satisfy it (see `officeEnv.ts`), and so does the fake host in `src/fake/`,
 * which is how the same edge code runs in Excel, in the browser preview and in tests.
 */

/** What `range.getCellProperties` returns per cell for the properties the add-in asks for. */
export interface HostCellProperties {
  format?: {
    fill?: { color?: string; pattern?: string; patternColor?: string };
    font?: { bold?: boolean; color?: string };
  };
}

/** A value that arrives after the next `context.sync()`, like `OfficeExtension.ClientResult`. */
export interface HostClientResult<T> {
  readonly value: T;
}

/** A scalar cell value as Office.js reports it. */
export type HostCellValue = string | number | boolean;

export interface HostRangeFormat {
  fill: { color: string; pattern: string; patternColor: string; clear(): void };
  font: { bold: boolean; color: string };
  columnWidth: number;
  wrapText: boolean;
  autofitColumns(): void;
}

export interface HostConditionalFormat {
  textComparison: {
    format: { fill: { color: string }; font: { color: string } };
    rule: { operator: string; text: string };
  };
}

export interface HostRange {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly isNullObject: boolean;
  values: HostCellValue[][];
  readonly text: string[][];
  /** Hides or shows the range's whole columns. */
  columnHidden: boolean;
  /** A `null` entry leaves that cell's format alone when written (Office.js ignores nulls in 2-D arrays). */
  numberFormat: Array<Array<string | null>>;
  readonly formulas: HostCellValue[][];
  readonly format: HostRangeFormat;
  readonly dataValidation: {
    rule: { list?: { inCellDropDown: boolean; source: string } };
    clear(): void;
  };
  readonly conditionalFormats: { add(type: 'TextComparison'): HostConditionalFormat };
  load(properties: string | string[]): HostRange;
  getCellProperties(spec: {
    format: { fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean }; font?: { bold?: boolean; color?: boolean } };
  }): HostClientResult<HostCellProperties[][]>;
  /** The merged areas whose top-left cell lies in this range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): HostRangeAreas;
  select(): void;
}

/** Several rectangular blocks of one sheet, as `getMergedAreasOrNullObject` returns them. */
export interface HostRangeAreas {
  readonly isNullObject: boolean;
  /** `Plan!A5:A13, Plan!A17:A21`: every block, each with its sheet name. */
  readonly address: string;
  load(properties: string | string[]): HostRangeAreas;
}

/** The arguments of a worksheet's `onChanged` event that the add-in reads. */
export interface HostChangedEvent {
  address: string;
  worksheetId: string;
  changeType: string;
}

export interface HostWorksheet {
  readonly id: string;
  readonly name: string;
  visibility: string;
  readonly isNullObject: boolean;
  load(properties: string | string[]): HostWorksheet;
  activate(): void;
  getRange(address?: string): HostRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  readonly tables: { add(address: string, hasHeaders: boolean): { name: string; style: string } };
  readonly freezePanes: { freezeRows(count: number): void };
  readonly onChanged: { add(handler: (event: HostChangedEvent) => Promise<void>): unknown };
}

export interface HostWorksheetCollection {
  readonly items: HostWorksheet[];
  load(properties: string | string[]): HostWorksheetCollection;
  getActiveWorksheet(): HostWorksheet;
  getItem(name: string): HostWorksheet;
  getItemOrNullObject(name: string): HostWorksheet;
  add(name: string): HostWorksheet;
}

/** The request context of one `Excel.run` batch. */
export interface HostContext {
  readonly workbook: { readonly worksheets: HostWorksheetCollection };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<void>;
}

/** `Excel.run`, narrowed to the batch form the add-in uses. */
export interface ExcelHost {
  run<T>(batch: (context: HostContext) => Promise<T>): Promise<T>;
}

/** Per-document settings, the subset of `Office.Settings` the add-in uses. */
export interface HostSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/**
 * Everything the pane needs from its host: Excel itself, document settings, the requirement-set
 * check and who is signed in (when Office says).
 *
 * @example
 * const env: AddinEnv = { host, settings, isSetSupported: () => true, userName: null, now: () => new Date().toISOString() };
 */
export interface AddinEnv {
  host: ExcelHost;
  settings: HostSettings;
  isSetSupported(name: string, version: string): boolean;
  userName: string | null;
  /** The current moment as an ISO timestamp (injected so tests can pin it). */
  now(): string;
}
