import { describe, expect, it } from 'vitest';
import { builtInSchemes, bragScheme, dca5Scheme, haringey2011Scheme, ragScheme } from './builtInSchemes';
import { parseRagText } from './parseRagText';

describe('parseRagText', () => {
  it('reads the RAG status cells of seed 003', () => {
    expect(parseRagText('Green', ragScheme)).toBe('green');
    expect(parseRagText('Amber', ragScheme)).toBe('amber');
    expect(parseRagText('RAG status: Amber', ragScheme)).toBe('amber');
  });

  it.each([
    ['Red', 'red'],
    ['r', 'red'],
    ['AMBER', 'amber'],
    ['a.', 'amber'],
    [' green ', 'green'],
    ['G', 'green'],
    ['Blue', 'blue'],
    ['B', 'blue'],
    ['Complete', 'blue'],
    ['C', 'blue'],
    ['Completed', 'blue'],
  ])('BRAG %j → %s', (text, level) => {
    expect(parseRagText(text, bragScheme)).toBe(level);
  });

  it('reads the five-point scale in its written forms', () => {
    for (const text of ['Amber/Green', 'amber - green', 'A/G', 'AG', 'Green/Amber']) expect(parseRagText(text, dca5Scheme), text).toBe('amber-green');
    expect(parseRagText('Amber/Red', dca5Scheme)).toBe('amber-red');
    expect(parseRagText('Amber', dca5Scheme)).toBe('amber');
  });

  it('reads the Haringey key by its labels and progress words', () => {
    expect(parseRagText('Not on track but no support required to address issues', haringey2011Scheme)).toBe('amber');
    expect(parseRagText('Not achieved', haringey2011Scheme)).toBe('red');
    expect(parseRagText('Achieved', haringey2011Scheme)).toBe('blue');
  });

  it('reads grey only where the scheme has it', () => {
    expect(parseRagText('Not started', builtInSchemes['rag-grey']!)).toBe('grey');
    expect(parseRagText('Not started', ragScheme)).toBeNull();
  });

  it('gives null for words outside the scheme', () => {
    expect(parseRagText('Complete', ragScheme)).toBeNull();
    expect(parseRagText('Amber/Green', ragScheme)).toBeNull();
    expect(parseRagText('Wood Green', ragScheme)).toBeNull();
    expect(parseRagText('', ragScheme)).toBeNull();
    expect(parseRagText(null, ragScheme)).toBeNull();
  });
});
