import { describe, expect, it, vi } from 'vitest';
import { generatedSheet } from './fixtures/generatedSheet';
import { interpretGrid } from './interpretGrid';
import type * as RagModule from '../rag';

const calls = vi.hoisted(() => ({ parseRagText: 0 }));

vi.mock('../rag', async (original) => {
  const actual = await original<typeof RagModule>();
  return {
    ...actual,
    parseRagText: (...args: Parameters<typeof actual.parseRagText>) => {
      calls.parseRagText++;
      return actual.parseRagText(...args);
    },
  };
});

describe('rating words are read once per scheme, not once per row', () => {
  it('reads the four words of a 2,000-row status column a handful of times', () => {
    calls.parseRagText = 0;
    const { plan } = interpretGrid({ sheets: [generatedSheet(2_000)] });
    expect(plan.actions.find((action) => action.ref === '1.1')?.rag).toBe('green');
    expect(plan.actions.find((action) => action.ref === '1.2')?.rag).toBe('amber');
    // Green, Amber, Red, Blue: in choosing the scheme, then under the chosen one.
    expect(calls.parseRagText).toBeLessThanOrEqual(8);
  });
});
