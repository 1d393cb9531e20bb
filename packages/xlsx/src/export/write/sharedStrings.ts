import { ByteWriter } from './byteWriter';
import { MAIN_NS, XML_DECLARATION } from './ooxmlNames';
import { escapeXml } from './xmlEscape';
import { DeflatedPart, type DeflateBacklog } from './zipWriter';

/** Leading or trailing white space, or a line break, is lost on reading unless the element says to keep it. */
export const NEEDS_PRESERVE = /^\s|\n|\s$/;

/**
 * The workbook's shared string table: each distinct text once, cells refer to it by index. Each
 * new text is written into the part as it is first seen, compressed as the part's buffers fill,
 * so the table is not all written and compressed at the end while the workbook waits.
 *
 * @example
 * const strings = new SharedStrings();
 * strings.indexOf('Amber'); // 0
 * strings.indexOf('Amber'); // 0 again: one entry, two references
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private references = 0;
  private readonly part: DeflatedPart;
  // The `<si>` items; the `<sst>` header, whose counts are known only at the end, is put before them then.
  private readonly items: ByteWriter;

  constructor(backlog?: DeflateBacklog) {
    const part = new DeflatedPart(backlog);
    this.part = part;
    this.items = new ByteWriter((full) => part.write(full));
  }

  /** The index of a text in the table, adding it the first time it is seen. */
  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
      this.write(text);
    }
    return index;
  }

  /** One more reference to a text already in the table, by the index {@link indexOf} gave it. */
  indexOfAgain(index: number): number {
    this.references++;
    return index;
  }

  /** The `xl/sharedStrings.xml` part; the table takes no more text after this. */
  toPart(): DeflatedPart {
    this.items.ascii('</sst>');
    this.part.write(this.items.toBuffer(), true);
    this.part.writeFirst(Buffer.from(`${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.indexes.size}">`, 'utf8'));
    return this.part;
  }

  private write(text: string): void {
    const { items } = this;
    items.ascii(NEEDS_PRESERVE.test(text) ? '<si><t xml:space="preserve">' : '<si><t>');
    items.utf8(escapeXml(text));
    items.ascii('</t></si>');
  }
}
