const ELEMENT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const toEntity = (char: string): string => ENTITY[char]!;

/**
 * Text made safe as an XML element's content. Most cell text has none of `&`, `<`, `>`, so it is
 * returned as is, without building a new string; quotes (all over the data sheet's JSON) stay as they are.
 *
 * @example
 * escapeXml('<b>Update report</b> & "notes"'); // '&lt;b&gt;Update report&lt;/b&gt; &amp; "notes"'
 */
export function escapeXml(text: string): string {
  return ELEMENT_SPECIAL.test(text) ? text.replace(/[&<>]/g, toEntity) : text;
}

/**
 * Text made safe inside a double-quoted XML attribute.
 *
 * @example
 * escapeAttribute('Words such as "Feb-17"'); // 'Words such as &quot;Feb-17&quot;'
 */
export function escapeAttribute(text: string): string {
  return ATTRIBUTE_SPECIAL.test(text) ? text.replace(/[&<>"]/g, toEntity) : text;
}
