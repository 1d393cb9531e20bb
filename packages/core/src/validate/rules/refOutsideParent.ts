import { collect } from '../collect';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { formatRefNumber, impliedParent, sameRefNumber } from '../refNumber';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** A numbered child whose number names another parent (seed 000: action 21 holds milestone 20.2). */
export const refOutsideParent = defineRule({
  code: 'ref-outside-parent',
  defaultSeverity: 'warning',
  description: "A milestone's number belongs to a different action from the one it sits under.",
  check: (context) => {
    const { plan, facts } = context;
    const { readRef } = runIndex(context);
    return collect(plan.actions, (action, index) => {
      const parent = action.parentId === null ? undefined : facts.actionsById.get(action.parentId);
      if (parent === undefined || action.ref === null || parent.ref === null) return undefined;
      const own = readRef(action.ref).number;
      const parentRef = readRef(parent.ref).number;
      const implied = own === null ? null : impliedParent(own);
      // Only a ref one level deeper than its parent's says which parent it belongs to.
      if (implied === null || parentRef === null || implied.parts.length !== parentRef.parts.length) return undefined;
      if (sameRefNumber(implied, parentRef)) return undefined;
      const message =
        `${sentenceCase(describeAction(action))} sits under ${describeAction(parent)}, ` +
        `but its number belongs to ${parent.kind} ${formatRefNumber(implied)}.`;
      return actionFinding(action, index, 'ref', message);
    });
  },
});
