import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../match/index';
import { createAction, createPlan } from '../../model/create';
import type { Action, DeliveryStatus, Plan } from '../../model/plan';
import { planFacts, ragScheme } from '../../rag/index';
import type { RuleFinding } from '../rule';
import { duplicateActionStatus } from './duplicateActionStatus';

// The rule buckets titles by a hash of their ends and matches members to the first of their title
// without a list; it must find exactly what comparing every action with the first earlier action
// of the same folded title finds. The titles repeat seed 004's S7/LAC4 wording, vary it in case,
// `&` and punctuation (seed 003), and share their first and last 16 letters while differing in the
// middle, so that one bucket holds several titles.
const titles = [
  'Roll out Systemic EI and SW support service to encourage reflective practice and supervision',
  'roll out systemic EI & SW support service to encourage reflective practice and supervision.',
  'Roll out Systemic EI and SW support service to encourage reflective practice and supervision',
  'Roll out Systemic EI and the family support service to encourage reflective practice and supervision',
  'Roll out Systemic EI, SW and family support service to encourage reflective practice and supervision',
  'Undertake a follow up audit of supervision practice to assess how far the changes are embedded',
  'Café — Déjà vu',
  'Cafe deja vu',
  '',
  '…',
];
const statuses: Array<DeliveryStatus | null> = [null, 'complete', 'in-progress', 'not-started'];

/** The rule as first written: every action against the first earlier one of its folded title. */
function naiveFindings(plan: Plan): Array<{ index: number; message: string }> {
  const facts = planFacts(plan.actions);
  const stated = (action: Action) => (facts.of(action).evidence.evidence === 'stated' ? facts.of(action).evidence.status : null);
  const firstOfKey = new Map<string, number>();
  const found: Array<{ index: number; message: string }> = [];
  plan.actions.forEach((action, index) => {
    const key = foldText(action.title);
    if (key === '') return;
    const first = firstOfKey.get(key);
    if (first === undefined) {
      firstOfKey.set(key, index);
      return;
    }
    const other = plan.actions[first]!;
    const sameRecommendations = [...action.recommendationIds].sort().join('|') === [...other.recommendationIds].sort().join('|');
    if (stated(action) === stated(other) || sameRecommendations) return;
    found.push({ index, message: `${action.ref} repeats ${other.ref}` });
  });
  return found;
}

describe('duplicate-action-status against a straightforward version of it', () => {
  it('reports the same actions, each against the same earlier action, in plan order', () => {
    const drawn = fc.array(
      fc.record({
        title: fc.constantFrom(...titles),
        status: fc.constantFrom(...statuses),
        recommendationIds: fc.constantFrom<string[]>(['s7'], ['lac4'], ['s7', 'lac4'], ['lac4', 's7'], []),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(drawn, (fields) => {
        const actions = fields.map((field, i) => createAction({ id: `a${i}`, ref: `(${i})`, ...field }));
        const plan = createPlan({ id: 'p', title: 'Plan', actions });
        const context = { plan, asOf: '2017-04-30', scheme: ragScheme, staleDays: 60, facts: planFacts(actions) };
        const findings: RuleFinding[] = duplicateActionStatus.check(context);
        const got = findings.map((finding) => ({ index: finding.path[1] as number, message: finding.message }));
        const expected = naiveFindings(plan);
        expect(got.map(({ index }) => index)).toEqual(expected.map(({ index }) => index));
        // Each message names the action and the earlier one it repeats.
        got.forEach(({ message }, k) => {
          const [ref, earlier] = expected[k]!.message.split(' repeats ');
          expect(message).toMatch(new RegExp(`^Action \\(${ref!.slice(1, -1)}\\) under .* repeats action \\(${earlier!.slice(1, -1)}\\) under `));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
