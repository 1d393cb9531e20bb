import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteShort } from './describe';

/** quoteShort as first written: the whole text flattened, then cut at a word. */
function naiveQuoteShort(text: string, limit = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return `"${flat}"`;
  const cut = flat.slice(0, limit);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2));
  return `"${atWord.trimEnd()}…"`;
}

describe('quoteShort', () => {
  it('quotes the opening words of a long recommendation, cut at a word (seed 003 Rec 2)', () => {
    expect(quoteShort('Ensure that Pathway Plans are shared with care leavers and that they are SMART, and take account of their views.')).toBe(
      '"Ensure that Pathway Plans are shared with care…"',
    );
    expect(quoteShort('  Thematic\n audit  on closed cases ')).toBe('"Thematic audit on closed cases"');
  });

  it('reads only the start of a long text, with the result of flattening all of it, whatever its spacing', () => {
    const spacing = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ' '.repeat(120), '\n'.repeat(300));
    const words = fc.constantFrom('Review', 'the', 'CAF', 'Ensure', 'Pathway', 'Plans', 'é', '𝐀', 'x'.repeat(70));
    const texts = fc.array(fc.oneof(words, spacing), { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 80 }), (text, limit) => {
        expect(quoteShort(text, limit)).toBe(naiveQuoteShort(text, limit));
        expect(quoteShort(text)).toBe(naiveQuoteShort(text));
      }),
      { numRuns: 2000 },
    );
  });
});
