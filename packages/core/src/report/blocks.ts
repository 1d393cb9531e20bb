/** How a report is rendered: Markdown a committee clerk can paste, or plain text for a terminal. */
export type ReportFormat = 'markdown' | 'text';

/** A column of a rendered table: its heading and, for plain text, the widest a cell may run before it is cut. */
export interface TableColumn {
  heading: string;
  maxWidth?: number;
  align?: 'left' | 'right';
}

/**
 * Text made safe inside a Markdown table cell or a line of Markdown: `|` cannot end the cell, a line break becomes `<br>`, and
 * `<` or an entity-like `&` are escaped so the text is shown, never read as HTML. Emphasis and link
 * characters are escaped too, so `1_2_3` or `[A1]` show as written.
 *
 * @example
 * escapeMarkdown('RG | JF\n<b>done</b>'); // 'RG \\| JF<br>&lt;b&gt;done&lt;/b&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\|*_`[\]])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Cell text on one terminal line: line breaks and control characters (including the escape that starts a
 * colour code) become spaces, and text longer than `maxWidth` is cut with `…`.
 *
 * @example
 * plainCell('Early help plans\nare being reviewed', 20); // 'Early help plans ar…'
 */
export function plainCell(text: string, maxWidth = Infinity): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const line = text.replace(/\r\n|[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const chars = [...line];
  return chars.length > maxWidth ? `${chars.slice(0, Math.max(0, maxWidth - 1)).join('')}…` : line;
}

/**
 * A table as Markdown (a GFM pipe table, cells escaped) or as plain text with columns padded to line up.
 *
 * @example
 * renderTable([{ heading: 'Ref' }, { heading: 'RAG' }], [['1.1', 'Amber']], 'text');
 * // 'Ref  RAG\n---  -----\n1.1  Amber'
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], format: ReportFormat): string {
  if (format === 'markdown') {
    const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    const rule = `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
    return [line(columns.map((column) => column.heading)), rule, ...rows.map(line)].join('\n');
  }
  const cells = rows.map((row) => columns.map((column, index) => plainCell(row[index] ?? '', column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max([...column.heading].length, ...cells.map((row) => [...row[index]!].length)),
  );
  const pad = (text: string, index: number) => {
    const gap = ' '.repeat(widths[index]! - [...text].length);
    return columns[index]!.align === 'right' ? gap + text : text + gap;
  };
  const line = (row: readonly string[]) => row.map(pad).join('  ').trimEnd();
  return [line(columns.map((column) => column.heading)), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}

/**
 * A heading: `#`/`##`/`###` in Markdown; underlined with `=` or `-` in plain text.
 *
 * @example
 * renderHeading('Overdue (3)', 2, 'text'); // 'Overdue (3)\n-----------'
 */
export function renderHeading(text: string, level: 1 | 2 | 3, format: ReportFormat): string {
  if (format === 'markdown') return `${'#'.repeat(level)} ${escapeMarkdown(text)}`;
  const line = plainCell(text);
  return level === 3 ? line : `${line}\n${(level === 1 ? '=' : '-').repeat([...line].length)}`;
}

/**
 * A line of running text, escaped for Markdown or kept on one line for a terminal.
 *
 * @example
 * renderLine('55 actions | 3 amber', 'markdown'); // '55 actions \\| 3 amber'
 */
export function renderLine(text: string, format: ReportFormat): string {
  return format === 'markdown' ? escapeMarkdown(text) : plainCell(text);
}
