import { ByteWriter } from './byteWriter';
import { MAIN_NS, XML_DECLARATION } from './ooxmlNames';
import { escapeXml } from './xmlEscape';
import { DeflatedPart } from './zipWriter';

/** Leading or trailing white space, or a line break, is lost on reading unless the element says to keep it. */
export const NEEDS_PRESERVE = /^\s|\n|\s$/;

/**
 * The workbook's shared string table: each distinct text once, cells refer to it by index.
 *
 * @example
 * const strings = new SharedStrings();
 * strings.indexOf('Amber'); // 0
 * strings.indexOf('Amber'); // 0 again: one entry, two references
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of a text in the table, adding it the first time it is seen. */
  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indexes.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  /** The `xl/sharedStrings.xml` part. */
  toPart(): DeflatedPart {
    const part = new DeflatedPart();
    const out = new ByteWriter((full) => part.write(full));
    out.utf8(`${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.texts.length}">`);
    for (const text of this.texts) {
      out.ascii(NEEDS_PRESERVE.test(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      out.utf8(escapeXml(text));
      out.ascii('</t></si>');
    }
    out.ascii('</sst>');
    part.write(out.toBuffer(), true);
    return part;
  }
}


