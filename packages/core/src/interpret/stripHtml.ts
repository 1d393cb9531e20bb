const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Turns HTML remnants in a cell into plain text, never interpreting them: `<p>` and `<br>` become
 * line breaks, list tags (`<ul …>` never closed, no `<li>`) a line break, `<sup>th</sup>` joins
 * the number (`25th`), inline formatting tags (`<b>`, `<i>`, `<span …>`) go; anything else in angle
 * brackets is kept as the literal text it is, so no word is lost. A handful of entities are decoded.
 * Markdown `**bold**` markers go too. Text without tags comes back trimmed but otherwise unchanged.
 *
 * @example
 * stripHtml('<b>May 2011 - Achieved.</b> The procedure …'); // 'May 2011 - Achieved. The procedure …'
 * stripHtml('<p>Within 3 months</p> <p>(S3) NHS Harrow to ensure …</p>'); // 'Within 3 months\n(S3) NHS Harrow to ensure …'
 * stripHtml('25<sup>th</sup> February 2011'); // '25th February 2011'
 * stripHtml('<b>Review</b> <img src=x>'); // 'Review <img src=x>'
 */
export function stripHtml(text: string): string {
  // Most cells hold no tag, entity or marker: three scans for a character beat one pattern.
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0 && text.indexOf('*') < 0) return text.trim();
  return text
    .replace(/<sup>\s*([^<]*?)\s*<\/sup>/gi, '$1')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<(br|\/?p|\/?ul|\/?ol|\/?li|\/?div)\b[^>]*>/gi, '\n')
    // Only formatting remnants go; any other `<…>` is the officer's text and stays, as text.
    .replace(/<\/?(?:b|i|u|em|strong|span|font|sub|sup|h[1-6])\b[^>]*>/gi, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/**
 * Whether a cell holds HTML tags, so the importer can say it stripped them.
 *
 * @example
 * hasHtml('<ul style="list-style-type: none"> A new conference model'); // true
 */
export function hasHtml(text: string): boolean {
  return /<\/?(p|b|i|u|ul|ol|li|sup|sub|br|span|div|strong|em)\b[^>]*>/i.test(text);
}
