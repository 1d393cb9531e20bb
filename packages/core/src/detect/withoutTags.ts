/**
 * Text with its markup tags replaced by spaces (`<p>MUST DO</p>` → ` MUST DO `), for deciding
 * what a cell looks like, never for output. Text with no `<` is returned as it is, unscanned.
 *
 * @example
 * withoutTags('<i>Working Together</i> section 3.18'); // ' Working Together  section 3.18'
 * withoutTags('1.1 Review'); // '1.1 Review'
 */
export function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(/<[^>]*>/g, ' ') : text;
}
