const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text made safe inside an XML element or a double-quoted attribute. Most cell text has none of
 * the four characters, so it is returned as is without building a new string.
 *
 * @example
 * escapeXml('<b>Update report</b> & "notes"'); // '&lt;b&gt;Update report&lt;/b&gt; &amp; &quot;notes&quot;'
 */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITY[char]!) : text;
}
