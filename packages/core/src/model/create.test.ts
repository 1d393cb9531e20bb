import { describe, expect, it } from 'vitest';
import { createAction } from './create';

describe('createAction', () => {
  it('writes its keys in the model order with id last, as defaults overridden by a spread would (the JSON of a plan depends on it)', () => {
    const fields = { id: 'a-1-1', ref: '1.1', title: 'Review and revise layout of Early Help plans', leads: ['RG'], due: '2017-02', dueText: 'Feb-17', rag: 'amber' };
    const action = createAction(fields);
    const defaults: Record<string, unknown> = { kind: 'action', ref: null, parentId: null, sectionId: null, title: '', tier: null, leads: [], involved: [], start: null, startText: null, due: null, dueText: null, status: null, rag: null, supportRequired: null, measures: [], comments: null, progress: [], recommendationIds: [], dependencies: [], extra: {}, source: null };
    const spread = { ...defaults, ...fields };
    expect(JSON.stringify(action)).toBe(JSON.stringify(spread));
    expect(Object.keys(action).at(-1)).toBe('id');
  });

  it('keeps a field given as null or empty, and gives each action arrays of its own', () => {
    const one = createAction({ id: 'a', kind: 'milestone', tier: null, leads: [] });
    const two = createAction({ id: 'b' });
    expect(one.kind).toBe('milestone');
    expect(two.kind).toBe('action');
    two.leads.push('JH');
    expect(createAction({ id: 'c' }).leads).toEqual([]);
  });

  it('keeps a key the model lacks where a spread puts it (data from outside the type system)', () => {
    const fields = { id: 'x', note: 'Held: Will follow completion of 1 & 2', title: '(4)' } as unknown as Parameters<typeof createAction>[0];
    expect(Object.keys(createAction(fields)).slice(-3)).toEqual(['source', 'id', 'note']);
  });
});
