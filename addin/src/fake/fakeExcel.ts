import { cellAddress } from '@actionplan/core';
import { parseA1, qualifiedAddress } from '../office/a1';
import type { A1Block } from '../office/a1';
import type {
  ExcelHost,
  HostCellProperties,
  HostCellValue,
  HostChangedEvent,
  HostClientResult,
  HostConditionalFormat,
  HostContext,
  HostRange,
  HostRangeAreas,
  HostRangeFormat,
  HostWorksheet,
  HostWorksheetCollection,
} from '../office/hostTypes';
import { blankCell, createFakeSheet, displayText, fakeCell } from './fakeWorkbook';
import type { FakeCell, FakeSheet, FakeWorkbook } from './fakeWorkbook';

/** The sizes of one request and its response, as JSON, the way Excel on the web measures its 5 MB cap. */
export interface SyncPayload {
  requestBytes: number;
  responseBytes: number;
}

interface QueuedOp {
  call: string;
  requestBytes: number;
  /** Runs at sync; returns what travels back (for loads) so its size can be counted. */
  run(): unknown;
}

type SheetResolver = () => FakeSheet;

function fail(code: string, message: string): never {
  throw new Error(`${code}: ${message}`);
}

function blockAddress(block: A1Block): string {
  const first = cellAddress(block.top, block.left);
  const last = cellAddress(block.bottom, block.right);
  return first === last ? first : `${first}:${last}`;
}

function usedBlock(sheet: FakeSheet, valuesOnly: boolean): A1Block | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const used = cell.value !== '' || cell.formula !== null || (!valuesOnly && cell.fill.pattern !== 'None');
      if (!used) return;
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { sheet: sheet.name, top, left, bottom, right };
}

/** Writes one value the way Excel does through `range.values`: `=` text becomes a formula unless the cell is Text (`@`). */
function storeValue(cell: FakeCell, value: HostCellValue): void {
  cell.text = null;
  if (typeof value === 'string' && value.startsWith('=') && cell.numberFormat !== '@') {
    cell.formula = value;
    cell.value = '';
  } else if (typeof value === 'string' && value.startsWith("'")) {
    cell.formula = null;
    cell.value = value.slice(1);
  } else {
    cell.formula = null;
    cell.value = value;
  }
}

/**
 * A fake Excel host for the preview and the tests: implements the subset of `Excel.run`, the
 * request context, worksheets, ranges, tables, conditional formats and events the add-in uses,
 * on a simulated workbook. Like Excel it queues work until `context.sync()`, throws when a
 * property is read before it was loaded and synced, and turns `=` strings into formulas unless
 * the cell is formatted as Text. It records every call, counts syncs and measures each payload.
 *
 * @example
 * const excel = new FakeExcel(fakeWorkbookFromGrid(grid));
 * await excel.run(async (context) => { context.workbook.worksheets.getActiveWorksheet().getRange('A1').select(); await context.sync(); });
 * excel.syncCount; // 1
 */
export class FakeExcel implements ExcelHost {
  readonly calls: string[] = [];
  readonly payloads: SyncPayload[] = [];
  syncCount = 0;
  /** While set, every `context.sync()` waits for it: a test holds the host to act mid-read. */
  private held: Promise<void> | null = null;

  constructor(readonly workbook: FakeWorkbook) {}

  /**
   * Holds every `context.sync()` until the returned function is called, as a slow Excel on the
   * web would: a test can then cancel work surely before it finishes, whatever the machine's load.
   *
   * @example
   * const release = excel.holdSyncs();
   * void check(); // waits in its first sync
   * cancel.click();
   * release(); // the check wakes, sees the cancel and stops
   */
  holdSyncs(): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.held = held;
    return () => {
      if (this.held === held) this.held = null;
      release();
    };
  }

  /** Resolves once syncs are no longer held. */
  waitWhileHeld(): Promise<void> {
    return this.held ?? Promise.resolve();
  }

  /** Forgets recorded calls, syncs and payloads (the workbook is kept). */
  resetCounters(): void {
    this.calls.length = 0;
    this.payloads.length = 0;
    this.syncCount = 0;
  }

  sheet(name: string): FakeSheet {
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? fail('ItemNotFound', `no sheet named ${name}`);
  }

  /** The text each cell of a sheet displays, row by row (what the preview draws). */
  sheetText(name: string): string[][] {
    const rows = this.sheet(name).rows;
    return Array.from(rows, (row) => Array.from(row ?? [], (cell) => displayText(cell)));
  }

  run<T>(batch: (context: HostContext) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this));
  }

  /**
   * Simulates an officer typing into cells: values land as Excel would store typed input, then
   * the sheet's `onChanged` handlers fire with the edited address.
   */
  async edit(sheetName: string, topLeft: string, values: HostCellValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const start = parseA1(topLeft) ?? fail('InvalidArgument', topLeft);
    values.forEach((row, r) => row.forEach((value, c) => storeValue(fakeCell(sheet, start.top + r, start.left + c, true), value)));
    const width = Math.max(1, ...values.map((row) => row.length));
    const address = blockAddress({ sheet: null, top: start.top, left: start.left, bottom: start.top + values.length - 1, right: start.left + width - 1 });
    const event: HostChangedEvent = { address, worksheetId: sheet.id, changeType: 'RangeEdited' };
    for (const handler of sheet.handlers) await handler(event);
  }
}

class FakeContext implements HostContext {
  private queue: QueuedOp[] = [];
  readonly workbook: { worksheets: HostWorksheetCollection };
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.enqueue('application.suspendApiCalculationUntilNextSync()', null, () => undefined),
  };

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
  }

  enqueue(call: string, request: unknown, run: () => unknown): void {
    this.excel.calls.push(call);
    this.queue.push({ call, requestBytes: request === null ? call.length : JSON.stringify(request).length + call.length, run });
  }

  async sync(): Promise<void> {
    await this.excel.waitWhileHeld();
    const ops = this.queue;
    this.queue = [];
    this.excel.syncCount += 1;
    this.excel.calls.push('context.sync()');
    let responseBytes = 0;
    for (const op of ops) {
      const result = op.run();
      if (result !== undefined) responseBytes += JSON.stringify(result).length;
    }
    this.excel.payloads.push({ requestBytes: ops.reduce((n, op) => n + op.requestBytes, 0), responseBytes });
    await Promise.resolve();
  }
}

/** Properties become readable only once a sync has loaded them, as in Office.js. */
class Loadable {
  protected loaded = new Map<string, unknown>();

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) fail('PropertyNotLoaded', `${name} was read before it was loaded and synced`);
    return this.loaded.get(name) as T;
  }
}

class FakeWorksheetCollection extends Loadable implements HostWorksheetCollection {
  constructor(private readonly context: FakeContext) {
    super();
  }

  get items(): HostWorksheet[] {
    return this.read('items');
  }

  load(properties: string | string[]): HostWorksheetCollection {
    this.context.enqueue(`worksheets.load(${String(properties)})`, null, () => {
      const items = this.context.excel.workbook.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet, sheet.name);
        proxy.fill(sheet);
        return proxy;
      });
      this.loaded.set('items', items);
      return this.context.excel.workbook.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
    });
    return this;
  }

  getActiveWorksheet(): HostWorksheet {
    const workbook = this.context.excel.workbook;
    return new FakeWorksheet(this.context, () => workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? fail('ItemNotFound', 'no active sheet'), '(active)');
  }

  getItem(name: string): HostWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(name), name);
  }

  getItemOrNullObject(name: string): HostWorksheet {
    const sheet = new FakeWorksheet(this.context, () => this.context.excel.sheet(name), name);
    this.context.enqueue(`worksheets.getItemOrNullObject(${name})`, null, () => {
      sheet.markNull(!this.context.excel.workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()));
    });
    return sheet;
  }

  add(name: string): HostWorksheet {
    const workbook = this.context.excel.workbook;
    this.context.enqueue(`worksheets.add(${name})`, name, () => {
      if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) fail('ItemAlreadyExists', name);
      workbook.sheets.push(createFakeSheet(name));
    });
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(name), name);
  }
}

class FakeWorksheet extends Loadable implements HostWorksheet {
  private nullObject: boolean | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly resolve: SheetResolver,
    private readonly label: string,
  ) {
    super();
  }

  fill(sheet: FakeSheet): void {
    this.loaded.set('id', sheet.id);
    this.loaded.set('name', sheet.name);
    this.loaded.set('visibility', sheet.visibility);
  }

  markNull(isNull: boolean): void {
    this.nullObject = isNull;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) fail('PropertyNotLoaded', 'isNullObject is known only after a sync');
    return this.nullObject;
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.context.enqueue(`Worksheet(${this.label}).visibility=${value}`, value, () => {
      this.resolve().visibility = value;
    });
  }

  load(properties: string | string[]): HostWorksheet {
    this.context.enqueue(`Worksheet(${this.label}).load(${String(properties)})`, null, () => {
      const sheet = this.resolve();
      this.fill(sheet);
      return { id: sheet.id, name: sheet.name, visibility: sheet.visibility };
    });
    return this;
  }

  activate(): void {
    this.context.enqueue(`Worksheet(${this.label}).activate()`, null, () => {
      this.context.excel.workbook.activeSheetId = this.resolve().id;
    });
  }

  getRange(address?: string): HostRange {
    const block = address === undefined ? { sheet: null, top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseA1(address);
    if (block === null) fail('InvalidArgument', `address ${String(address)}`);
    return new FakeRange(this.context, this.resolve, () => block, `${this.label}!${address ?? ''}`);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    const block = { sheet: null, top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    return new FakeRange(this.context, this.resolve, () => block, `${this.label}!${blockAddress(block)}`);
  }

  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    let block: A1Block | null = null;
    const range = new FakeRange(this.context, this.resolve, () => block ?? fail('InvalidReference', 'the used range is a null object'), `${this.label}!(used)`);
    this.context.enqueue(`Worksheet(${this.label}).getUsedRangeOrNullObject(${valuesOnly})`, null, () => {
      block = usedBlock(this.resolve(), valuesOnly);
      range.markNull(block === null);
    });
    return range;
  }

  get tables(): HostWorksheet['tables'] {
    return {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: `Table${this.context.excel.calls.length}`, address, hasHeaders, style: 'TableStyleMedium2' };
        this.context.enqueue(`Worksheet(${this.label}).tables.add(${address})`, address, () => {
          this.resolve().tables.push(table);
        });
        return table;
      },
    };
  }

  get freezePanes(): HostWorksheet['freezePanes'] {
    return {
      freezeRows: (count: number) => {
        this.context.enqueue(`Worksheet(${this.label}).freezePanes.freezeRows(${count})`, null, () => {
          this.resolve().frozenRows = count;
        });
      },
    };
  }

  get onChanged(): HostWorksheet['onChanged'] {
    return {
      add: (handler) => {
        this.context.enqueue(`Worksheet(${this.label}).onChanged.add()`, null, () => {
          this.resolve().handlers.push(handler);
        });
        return {};
      },
    };
  }
}

class FakeRange extends Loadable implements HostRange {
  private nullObject: boolean | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetOf: SheetResolver,
    private readonly blockOf: () => A1Block,
    private readonly label: string,
  ) {
    super();
  }

  markNull(isNull: boolean): void {
    this.nullObject = isNull;
  }

  get isNullObject(): boolean {
    return this.nullObject ?? false;
  }

  private each<T>(pick: (cell: FakeCell | undefined, row: number, column: number) => T): T[][] {
    const block = this.blockOf();
    const sheet = this.sheetOf();
    return Array.from({ length: block.bottom - block.top + 1 }, (_, r) =>
      Array.from({ length: block.right - block.left + 1 }, (_, c) => pick(fakeCell(sheet, block.top + r, block.left + c), r, c)),
    );
  }

  private write<T>(what: string, grid: T[][], apply: (cell: FakeCell, value: T) => void): void {
    this.context.enqueue(`Range(${this.label}).${what}=`, grid, () => {
      const block = this.blockOf();
      const rows = block.bottom - block.top + 1;
      const columns = block.right - block.left + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
        fail('InvalidArgument', `${what} is ${grid.length}×${grid[0]?.length ?? 0} but the range is ${rows}×${columns}`);
      }
      const sheet = this.sheetOf();
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          // Office.js ignores null entries of a 2-D array on write.
          if (value !== null) apply(fakeCell(sheet, block.top + r, block.left + c, true), value);
        }),
      );
    });
  }

  private forEachCell(call: string, apply: (cell: FakeCell) => void): void {
    this.context.enqueue(`Range(${this.label}).${call}`, null, () => {
      const block = this.blockOf();
      const sheet = this.sheetOf();
      for (let r = block.top; r <= block.bottom; r += 1) for (let c = block.left; c <= block.right; c += 1) apply(fakeCell(sheet, r, c, true));
    });
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get values(): HostCellValue[][] {
    return this.read('values');
  }
  set values(grid: HostCellValue[][]) {
    this.write('values', grid, storeValue);
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): Array<Array<string | null>> {
    return this.read('numberFormat');
  }
  set numberFormat(grid: Array<Array<string | null>>) {
    this.write('numberFormat', grid, (cell, format) => {
      if (format !== null) cell.numberFormat = format;
    });
  }
  get formulas(): HostCellValue[][] {
    return this.read('formulas');
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.context.enqueue(`Range(${this.label}).columnHidden=${hidden}`, hidden, () => {
      const block = this.blockOf();
      const sheet = this.sheetOf();
      for (let c = block.left; c <= block.right; c += 1) {
        sheet.hiddenColumns = hidden ? [...new Set([...sheet.hiddenColumns, c])].sort((a, b) => a - b) : sheet.hiddenColumns.filter((h) => h !== c);
      }
    });
  }

  load(properties: string | string[]): HostRange {
    const names = Array.isArray(properties) ? properties : properties.split(',').map((p) => p.trim());
    this.context.enqueue(`Range(${this.label}).load(${names.join(',')})`, null, () => {
      if (this.nullObject === true) return undefined;
      const block = this.blockOf();
      const sheetName = this.sheetOf().name;
      const all: Record<string, () => unknown> = {
        address: () => `${sheetName}!${blockAddress(block)}`,
        rowCount: () => block.bottom - block.top + 1,
        columnCount: () => block.right - block.left + 1,
        rowIndex: () => block.top,
        columnIndex: () => block.left,
        values: () => this.each((cell) => cell?.value ?? ''),
        text: () => this.each((cell) => displayText(cell)),
        numberFormat: () => this.each((cell) => cell?.numberFormat ?? 'General'),
        formulas: () => this.each((cell) => cell?.formula ?? cell?.value ?? ''),
      };
      const result: Record<string, unknown> = {};
      for (const name of names) {
        const get = all[name] ?? fail('PropertyNotSupportedByFake', name);
        result[name] = get();
        this.loaded.set(name, result[name]);
      }
      return result;
    });
    return this;
  }

  getCellProperties(spec: Parameters<HostRange['getCellProperties']>[0]): HostClientResult<HostCellProperties[][]> {
    let value: HostCellProperties[][] | undefined;
    this.context.enqueue(`Range(${this.label}).getCellProperties(${JSON.stringify(spec)})`, spec, () => {
      value = this.each((cell) => {
        const fill = cell?.fill ?? blankCell().fill;
        const asked = spec.format.fill;
        return {
          format: {
            ...(asked
              ? { fill: { ...(asked.color ? { color: fill.color } : {}), ...(asked.pattern ? { pattern: fill.pattern } : {}), ...(asked.patternColor ? { patternColor: fill.patternColor } : {}) } }
              : {}),
            ...(spec.format.font ? { font: { ...(spec.format.font.bold ? { bold: cell?.bold ?? false } : {}), ...(spec.format.font.color ? { color: cell?.fontColor ?? '#000000' } : {}) } } : {}),
          },
        };
      });
      return value;
    });
    return {
      get value(): HostCellProperties[][] {
        return value ?? fail('PropertyNotLoaded', 'getCellProperties result read before sync');
      },
    };
  }

  getMergedAreasOrNullObject(): HostRangeAreas {
    let address: string | null = null;
    const { context, label } = this;
    const areas: HostRangeAreas = {
      get isNullObject(): boolean {
        return address === null || address === '';
      },
      get address(): string {
        return address ?? fail('PropertyNotLoaded', 'address was read before it was loaded and synced');
      },
      load: () => areas,
    };
    context.enqueue(`Range(${label}).getMergedAreasOrNullObject().load(address)`, null, () => {
      const block = this.blockOf();
      const sheet = this.sheetOf();
      // Excel returns the merged areas whose top-left cell lies in the range.
      const inside = sheet.merges.filter((m) => m.top >= block.top && m.top <= block.bottom && m.left >= block.left && m.left <= block.right);
      address = inside.map((m) => `${qualifiedAddress(sheet.name, blockAddress({ sheet: null, ...m }))}`).join(', ');
      return address;
    });
    return areas;
  }

  select(): void {
    this.context.enqueue(`Range(${this.label}).select()`, null, () => {
      const sheet = this.sheetOf();
      this.context.excel.workbook.activeSheetId = sheet.id;
      this.context.excel.workbook.selection = { sheet: sheet.name, address: blockAddress(this.blockOf()) };
    });
  }

  get format(): HostRangeFormat {
    const each = (call: string, apply: (cell: FakeCell) => void): void => this.forEachCell(call, apply);
    const { context, label } = this;
    return {
      fill: {
        get color(): string {
          return fail('PropertyNotLoaded', 'format.fill.color (use getCellProperties)');
        },
        set color(color: string) {
          each(`format.fill.color=${color}`, (cell) => {
            // Like Excel, a colour on an unfilled cell makes it solid; a patterned cell keeps its pattern.
            cell.fill = { ...cell.fill, color: color.toUpperCase(), pattern: cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern };
          });
        },
        get pattern(): string {
          return fail('PropertyNotLoaded', 'format.fill.pattern (use getCellProperties)');
        },
        set pattern(pattern: string) {
          each(`format.fill.pattern=${pattern}`, (cell) => {
            cell.fill = { ...cell.fill, pattern };
          });
        },
        get patternColor(): string {
          return fail('PropertyNotLoaded', 'format.fill.patternColor (use getCellProperties)');
        },
        set patternColor(patternColor: string) {
          each(`format.fill.patternColor=${patternColor}`, (cell) => {
            cell.fill = { ...cell.fill, patternColor: patternColor.toUpperCase() };
          });
        },
        clear(): void {
          each('format.fill.clear()', (cell) => {
            cell.fill = blankCell().fill;
          });
        },
      },
      font: {
        get bold(): boolean {
          return fail('PropertyNotLoaded', 'format.font.bold');
        },
        set bold(bold: boolean) {
          each(`format.font.bold=${bold}`, (cell) => {
            cell.bold = bold;
          });
        },
        get color(): string {
          return fail('PropertyNotLoaded', 'format.font.color');
        },
        set color(color: string) {
          each(`format.font.color=${color}`, (cell) => {
            cell.fontColor = color.toUpperCase();
          });
        },
      },
      columnWidth: 0,
      wrapText: false,
      autofitColumns(): void {
        context.enqueue(`Range(${label}).format.autofitColumns()`, null, () => undefined);
      },
    };
  }

  get dataValidation(): HostRange['dataValidation'] {
    const { context, label, sheetOf, blockOf } = this;
    return {
      get rule(): { list?: { inCellDropDown: boolean; source: string } } {
        return fail('PropertyNotLoaded', 'dataValidation.rule');
      },
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        context.enqueue(`Range(${label}).dataValidation.rule=`, rule, () => {
          sheetOf().validations.push({ address: blockAddress(blockOf()), list: rule.list?.source ?? '' });
        });
      },
      clear(): void {
        context.enqueue(`Range(${label}).dataValidation.clear()`, null, () => undefined);
      },
    };
  }

  get conditionalFormats(): HostRange['conditionalFormats'] {
    return {
      add: (type) => {
        const format: HostConditionalFormat = {
          textComparison: { format: { fill: { color: '' }, font: { color: '' } }, rule: { operator: '', text: '' } },
        };
        // The officer's settings arrive by assignment after `add`, so the record is taken at sync.
        this.context.enqueue(`Range(${this.label}).conditionalFormats.add(${type})`, type, () => {
          const { format: look, rule } = format.textComparison;
          this.sheetOf().conditionalFormats.push({ address: blockAddress(this.blockOf()), operator: rule.operator, text: rule.text, fill: look.fill.color, font: look.font.color });
        });
        return format;
      },
    };
  }
}
