import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../match/similarity';
import { isAimsHeading, isPageMarker, isTierMarker } from './rowKinds';

// The kinds as first written, without the cheap pre-checks that rule most cells out.
const tierMarker = (text: string): boolean => /^(must do|embedding)$/.test(foldText(text.replace(/<[^>]*>/g, ' ')));
const aimsHeading = (text: string): boolean => /^(aims?|our aims)$/.test(foldText(text));
const PAGE_MARKERS = [/^appendix\s+\d+[a-z]?\.?$/i, /^v\.?\s*\d+(\.\d+)+$/i, /^this page is intentionally left blank\.?$/i, /^page\s+\d+(\s+of\s+\d+)?$/i, /^-{2,}$/];
const pageMarker = (text: string): boolean => PAGE_MARKERS.some((pattern) => pattern.test(text.trim()));

const words = ['MUST DO', 'must', 'do', 'Embedding', 'EMBED', 'ding', 'Aims', 'aim', 'our', 'Our aims', 'Appendix', 'V', 'Page', 'of', 'This page is intentionally left blank', '2', '3a', '.', '01', '-', '--', ' ', '<p>', '</p>', '&', 'ＭＵＳＴ', 'ａｉｍｓ', 'É', '\u00a0', '\t'];
const cellLike = fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.constantFrom('', ' ')).map(([parts, joiner]) => parts.join(joiner));

describe('row kind tests with pre-checks', () => {
  it('say what the full tests say', () => {
    fc.assert(
      fc.property(fc.oneof(cellLike, fc.string({ maxLength: 20 })), (text) => {
        expect(isTierMarker(text)).toBe(tierMarker(text));
        expect(isAimsHeading(text)).toBe(aimsHeading(text));
        expect(isPageMarker(text)).toBe(pageMarker(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('read seed cells', () => {
    expect(['<p>MUST DO</p>', 'EMBEDDING', 'Aims', 'ＭＵＳＴ ＤＯ', 'Must-do list'].map(isTierMarker)).toEqual([true, true, false, true, false]);
    expect(['Aims', 'Our aims:', 'Aim', 'Claims'].map(isAimsHeading)).toEqual([true, true, true, false]);
    expect(['V 2.01', 'Appendix 1', 'Page 3 of 9', '--', ' This page is intentionally left blank ', 'Version 2'].map(isPageMarker)).toEqual([true, true, true, true, true, false]);
  });
});
