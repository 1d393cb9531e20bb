// Dash-like characters seen in pasted text: hyphen, non-breaking hyphen, figure/en/em dash, minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) /;
// Words in front of a date that add nothing to it: `by the 31 October`, `on 17 February 2009`.
const LEAD_WORDS = /^(?:(?:by|on|due|the) )+/;

/**
 * Reduces date text to one canonical spelling so that the recognisers stay small: HTML tags dropped,
 * lower case, one kind of dash, ordinals (`2 nd`, `25<sup>th</sup>`) marked `#` (an ordinal is a day,
 * never a year: `11 th September 16 th Oct`), letters and digits parted (`Feb09` → `feb 09`), no
 * spaces around `-` and `/`, commas, stray dots, brackets and leading weekdays removed. Every step is
 * a single linear pass.
 *
 * @example
 * normaliseDateText('01-May - 2011'); // '01-may-2011'
 * normaliseDateText('25<sup>th</sup> February 2011'); // '25# february 2011'
 * normaliseDateText('April - Sep09'); // 'april-sep 09'
 */
export function normaliseDateText(text: string): string {
  return text
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/(\d) ?(?:st|nd|rd|th)(?![a-z])/g, '$1#')
    .replace(/([a-z])\./g, '$1 ')
    .replace(/,/g, ' ')
    .replace(/([a-z])(?=\d)/g, '$1 ')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([-/]) ?/g, '$1')
    .trim()
    .replace(/^[([]+|[)\].;:]+$/g, '')
    .replace(WEEKDAY, '')
    .replace(LEAD_WORDS, '');
}
