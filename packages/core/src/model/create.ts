import type { Action, Plan } from './plan';

/**
 * An action with every field at its empty value, overridden by `fields`.
 *
 * @example
 * createAction({ id: 'a1', ref: '1.1', title: 'Review and revise layout of Early Help plans' });
 */
export function createAction(fields: Partial<Action> & Pick<Action, 'id'>): Action {
  return {
    kind: 'action',
    ref: null,
    parentId: null,
    sectionId: null,
    title: '',
    tier: null,
    leads: [],
    involved: [],
    start: null,
    startText: null,
    due: null,
    dueText: null,
    status: null,
    rag: null,
    supportRequired: null,
    measures: [],
    comments: null,
    progress: [],
    recommendationIds: [],
    dependencies: [],
    extra: {},
    source: null,
    ...fields,
  };
}

/**
 * A plan with every collection empty, overridden by `fields`.
 *
 * @example
 * createPlan({ id: 'col-2016', title: 'Improvements following from the OFSTED Report - July 2016' });
 */
export function createPlan(fields: Partial<Plan> & Pick<Plan, 'id' | 'title'>): Plan {
  return {
    schemaVersion: 1,
    organisation: null,
    version: null,
    asOf: null,
    ragScheme: 'rag',
    inspections: [],
    sections: [],
    recommendations: [],
    actions: [],
    people: [],
    indicators: [],
    ...fields,
  };
}
