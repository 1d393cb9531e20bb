import { ActionFlag, collectFlagged } from '../actionFlags';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import type { RefNumber } from '../refNumber';
import { formatRefNumber, impliedParent } from '../refNumber';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** A numbered child whose number names another parent (seed 000: action 21 holds milestone 20.2). */
export const refOutsideParent = defineRule({
  code: 'ref-outside-parent',
  defaultSeverity: 'warning',
  description: "A milestone's number belongs to a different action from the one it sits under.",
  check: (context) => {
    const { plan } = context;
    const { refs, parentRef, flags, parentsById } = runIndex(context);
    return collectFlagged(plan.actions, flags, ActionFlag.numberedChild, (action, index) => {
      const own = refs[index]!.number!;
      const parent = parentsById().get(action.parentId!);
      const parentNumber = parent === undefined ? null : parentRef(parent)?.number;
      // Only a ref one level deeper than its parent's says which parent it belongs to.
      if (parent === undefined || parentNumber == null || own.parts.length !== parentNumber.parts.length + 1) return undefined;
      if (numbersParent(own, parentNumber)) return undefined;
      const message =
        `${sentenceCase(describeAction(action))} sits under ${describeAction(parent)}, ` +
        `but its number belongs to ${parent.kind} ${formatRefNumber(impliedParent(own)!)}.`;
      return actionFinding(action, index, 'ref', message);
    });
  },
});

/** Whether a child's number starts with its parent's (`20.2` under `20`), read in place rather than cut into a new number. */
function numbersParent(child: RefNumber, parent: RefNumber): boolean {
  if (child.prefix !== parent.prefix) return false;
  for (let i = 0; i < parent.parts.length; i += 1) if (child.parts[i] !== parent.parts[i]) return false;
  return true;
}
