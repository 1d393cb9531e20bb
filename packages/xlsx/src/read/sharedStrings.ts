import { bufferOf } from './xmlText';
import { walkXml } from './walkXml';

/** One run of a rich shared string; `text` is absent when the run had no `<t>`. */
export interface TextRun {
  text?: string;
}

/** A shared string as exceljs gives it: plain text, rich runs, or `{}` for an empty `<si/>`. */
export type SharedString = string | { richText: TextRun[] } | Record<string, never>;

/**
 * The text of a `<t>`: `_xHHHH_` escapes decoded as exceljs decodes them (upper-case hex only; no
 * special case for `_x005F_`, whose `_` then stays before the next four characters).
 *
 * @example
 * decodeStringEscapes('bell _x0007_'); // 'bell \u0007'
 */
export function decodeStringEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * The shared strings of `xl/sharedStrings.xml`, in order, read as exceljs reads them: a `<t>` gives
 * the text; `<r>` runs give rich text (each run's last `<t>`); phonetic runs (`<rPh>`) are skipped;
 * an element other than `<si>` under `<sst>` is an error, as it is for exceljs.
 *
 * @example
 * readSharedStrings(strToU8('<sst><si><t>Amber</t></si><si><r><t>Rev</t></r><r><t>iew</t></r></si></sst>'));
 * // ['Amber', { richText: [{ text: 'Rev' }, { text: 'iew' }] }]
 */
export function readSharedStrings(bytes: Uint8Array): SharedString[] {
  const strings: SharedString[] = [];
  let depth = 0;
  let current: SharedString | undefined;
  // The reader active inside the current <si>, as exceljs nests its readers.
  let reader: 'none' | 't' | 'r' | 'rPh' = 'none';
  let texts: string[] | undefined;
  let run: TextRun | undefined;
  let inFont = false;
  walkXml(bufferOf(bytes), {
    open(name) {
      depth++;
      if (depth === 1) {
        if (name !== 'sst') throw new Error(`unexpected <${name}> in shared strings`);
        return;
      }
      if (current === undefined) {
        if (name !== 'si') throw new Error(`unexpected <${name}> in shared strings`);
        current = {};
        return;
      }
      if (reader === 't') {
        if (name === 't') texts = [];
      } else if (reader === 'r') {
        if (inFont) return;
        if (name === 't') texts = [];
        else if (name === 'rPr') inFont = true;
      } else if (reader === 'none') {
        if (name === 't') [reader, texts] = ['t', []];
        else if (name === 'r') [reader, run, texts] = ['r', {}, undefined];
        else if (name === 'rPh') reader = 'rPh';
      }
    },
    text(text) {
      if ((reader === 't' || (reader === 'r' && !inFont)) && texts) texts.push(text);
    },
    close(name) {
      depth--;
      if (depth === 0) return;
      if (reader === 't') {
        // exceljs's text reader ends at the first closing tag, whatever its name.
        if (name === 't') current = decodeStringEscapes(texts!.join(''));
        reader = 'none';
      } else if (reader === 'r') {
        if (inFont) {
          if (name === 'rPr') inFont = false;
        } else if (name === 't') {
          if (!texts) throw new Error('</t> without <t>');
          run!.text = decodeStringEscapes(texts.join(''));
          texts = undefined;
        } else if (name === 'r') {
          if (typeof current === 'string') throw new Error('a run after the text of a shared string');
          const rich = current as { richText?: TextRun[] };
          (rich.richText ??= []).push(run!);
          reader = 'none';
        }
      } else if (reader === 'rPh') {
        if (name === 'rPh') reader = 'none';
      } else if (name === 'si' && depth === 1) {
        strings.push(current!);
        current = undefined;
      }
    },
  });
  return strings;
}
