/** Why a file could not be read as a workbook. */
export type WorkbookErrorCode =
  | 'not-found'
  | 'not-a-zip'
  | 'truncated'
  | 'empty'
  | 'encrypted'
  | 'xls'
  | 'csv'
  | 'not-xlsx'
  | 'too-large'
  | 'unsafe-xml'
  | 'no-plan';

/**
 * Bad input, as a typed error with a message an officer can act on. `code` is for programs (the CLI
 * exits 2 on any of them); `message` names the file and says what to do.
 *
 * @example
 * try { await readGrid('plan.xlsx'); } catch (e) {
 *   if (e instanceof WorkbookError && e.code === 'xls') console.error(e.message);
 * }
 */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  readonly code: WorkbookErrorCode;
  readonly file: string;

  constructor(code: WorkbookErrorCode, file: string, detail?: string) {
    super(workbookErrorMessage(code, file, detail));
    this.code = code;
    this.file = file;
  }
}

/**
 * The plain-English message for a code, naming the file.
 *
 * @example
 * workbookErrorMessage('xls', 'plan.xlsx');
 * // '"plan.xlsx" is an old .xls workbook. Open it in Excel and save it as .xlsx, then try again.'
 */
export function workbookErrorMessage(code: WorkbookErrorCode, file: string, detail?: string): string {
  const name = `"${file}"`;
  const more = detail ? ` ${detail}` : '';
  switch (code) {
    case 'not-found':
      return `${name} was not found. Check the file name and folder, then try again.`;
    case 'not-a-zip':
      return `${name} is not an Excel workbook: its contents are not in the .xlsx format.${more}`;
    case 'truncated':
      return `${name} is damaged or incomplete (it may have been cut short while copying or downloading). Get a fresh copy and try again.`;
    case 'empty':
      return `${name} is empty: it has nothing in it to import.`;
    case 'encrypted':
      return `${name} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, then try again.`;
    case 'xls':
      return `${name} is an old .xls workbook. Open it in Excel and save it as .xlsx, then try again.`;
    case 'csv':
      return `${name} is a text (CSV) file with an Excel name. Open it in Excel and save it as .xlsx, then try again.`;
    case 'not-xlsx':
      return `${name} is not an Excel workbook.${more || ' Save the plan as an Excel .xlsx workbook, then try again.'}`;
    case 'too-large':
      return `${name} is too large to import safely.${more}`;
    case 'unsafe-xml':
      return `${name} was not opened: it holds an XML document type declaration (DOCTYPE), which Excel never writes and which can be used to attack the program reading it.${more} If it came from a partner, ask them to save it again from Excel as .xlsx.`;
    case 'no-plan':
      return `${name} has no improvement plan that could be recognised: no sheet has a header row with actions.${more}`;
  }
}
