import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashCell, hashOut, syncHash } from './syncHash';

// FNV-1a 64 reference: the same as BigInt arithmetic over the code units.
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

describe('syncHash', () => {
  it('is FNV-1a 64 (the published vectors for ASCII) over UTF-16 code units', () => {
    expect(syncHash('')).toBe('cbf29ce484222325');
    expect(syncHash('a')).toBe('af63dc4c8601ec8c');
    expect(syncHash('foobar')).toBe('85944171f73967e8');
    for (const text of ['Des Nurse', 'Ofsted recommendation 1', 'Café – “31.12.12”', '😀\uD800', 'RG\nJF', '\uFFFF'.repeat(50)]) expect(syncHash(text)).toBe(reference(text));
  });

  it('agrees with the BigInt reference on any text, lone surrogates and all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => syncHash(text) === reference(text)), { numRuns: 2000 });
  });

  it('tells a day from text spelling it, and an empty cell matches empty text', () => {
    expect(hashOut({ day: '2011-05-31' })).toBe(hashCell({ text: '31 May 2011', date: '2011-05-31' }));
    expect(hashOut({ day: '2011-05-31' })).not.toBe(hashCell({ text: '2011-05-31' }));
    expect(hashOut({ text: '' })).toBe(hashCell(null));
    expect(hashOut({ text: 'Amber' })).not.toBe(hashCell({ text: 'Red' }));
  });
});
