import type { Action } from '../model/plan';

/** Enough of an action to name it in a report: its id, its ref as written (or null) and its title. */
export interface ActionLabel {
  id: string;
  ref: string | null;
  title: string;
}

/**
 * The label of an action, as reports list it.
 *
 * @example
 * labelOf(createAction({ id: 'act-1.1', ref: '1.1', title: 'Review and revise layout of Early Help plans' }));
 * // { id: 'act-1.1', ref: '1.1', title: 'Review and revise layout of Early Help plans' }
 */
export function labelOf(action: Pick<Action, 'id' | 'ref' | 'title'>): ActionLabel {
  return { id: action.id, ref: action.ref, title: action.title };
}
