import { describe, expect, it } from 'vitest';
import { createAction } from '../model/create';
import type { Action } from '../model/plan';
import { planFacts } from './planFacts';

// Seed 004 in small: S7's actions (1) to (4), one of them "See (1) above", one held on (1) and (2).
const s7 = (ref: string, comments: string, id = `s7-${ref}`): Action =>
  createAction({ id, ref, title: `Action ${ref}`, recommendationIds: ['s7'], comments, due: '2012-12' });
const actions = [
  s7('(1)', 'Completed: Morning Lane have been commissioned'),
  s7('(2)', 'On track'),
  s7('(3)', 'See (1) above'),
  s7('(4)', 'Held: Will follow completion of 1 & 2'),
  ...Array.from({ length: 20 }, (_, i) => s7(`(${i + 5})`, i % 2 === 0 ? 'Not yet consistently embedded across all workers.' : 'complete')),
];

describe('planFacts', () => {
  it('gives each action the facts it would have alone, in whatever order they are asked', () => {
    const facts = planFacts(actions);
    const order = [23, 0, 2, 2, 1, 22, 3, 10, 4, 5, 6, 7, 8, 9, 11, 21, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    for (const at of order) {
      const action = actions[at]!;
      const alone = planFacts(actions).of(action);
      expect(facts.of(action)).toEqual(alone);
      // Read once: asking again gives the very same facts.
      expect(facts.of(action)).toBe(facts.of(action));
    }
    expect(facts.of(actions[2]!).evidence.status).toBe('complete');
    expect(facts.of(actions[2]!).evidence.sharedWith?.ref).toBe('(1)');
    expect(facts.of(actions[3]!).evidence.status).toBe('blocked');
  });

  it('finds an action at the position a caller gives, and searches when the position is wrong or out of range', () => {
    const facts = planFacts(actions);
    const first = facts.of(actions[2]!, 2);
    expect(first.evidence.sharedWith?.ref).toBe('(1)');
    // The same facts whichever way the action is found: at its position, by search, at a wrong one.
    for (const position of [undefined, 2, 3, -1, 99]) expect(facts.of(actions[2]!, position)).toBe(first);
    expect(facts.of(actions[3]!, 2).evidence.status).toBe('blocked');
  });

  it('rates an action outside its list too, and remembers it', () => {
    const facts = planFacts(actions);
    const stray = s7('(9)', 'complete', 'elsewhere');
    expect(facts.of(stray).evidence.status).toBe('complete');
    expect(facts.of(stray)).toBe(facts.of(stray));
    expect(facts.actionsById.get('elsewhere')).toBeUndefined();
  });

  it('looks actions up by id, the last of a repeated id winning as in a map', () => {
    const repeated = [...actions, s7('(1)', 'On track', 's7-(2)')];
    const byId = planFacts(repeated).actionsById;
    expect(byId.get('s7-(2)')?.comments).toBe('On track');
    expect(byId.get('s7-(2)')?.ref).toBe('(1)');
    expect([...byId.keys()].slice(0, 2)).toEqual(['s7-(1)', 's7-(2)']);
  });
});
