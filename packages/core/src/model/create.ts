import type { Action, Plan } from './plan';

/**
 * An action with every field at its empty value, overridden by `fields`.
 *
 * @example
 * createAction({ id: 'a1', ref: '1.1', title: 'Review and revise layout of Early Help plans' });
 */
export function createAction(fields: Partial<Action> & Pick<Action, 'id'>): Action {
  // Built field by field rather than spread over defaults (an import makes one per row): the same
  // keys in the same order, `id` last as the spread puts it; a key the model lacks takes the spread.
  for (const key in fields) if (!ACTION_KEYS.has(key)) return { ...actionDefaults(), ...fields };
  return {
    kind: 'kind' in fields ? fields.kind : 'action',
    ref: 'ref' in fields ? fields.ref : null,
    parentId: 'parentId' in fields ? fields.parentId : null,
    sectionId: 'sectionId' in fields ? fields.sectionId : null,
    title: 'title' in fields ? fields.title : '',
    tier: 'tier' in fields ? fields.tier : null,
    leads: 'leads' in fields ? fields.leads : [],
    involved: 'involved' in fields ? fields.involved : [],
    start: 'start' in fields ? fields.start : null,
    startText: 'startText' in fields ? fields.startText : null,
    due: 'due' in fields ? fields.due : null,
    dueText: 'dueText' in fields ? fields.dueText : null,
    status: 'status' in fields ? fields.status : null,
    rag: 'rag' in fields ? fields.rag : null,
    supportRequired: 'supportRequired' in fields ? fields.supportRequired : null,
    measures: 'measures' in fields ? fields.measures : [],
    comments: 'comments' in fields ? fields.comments : null,
    progress: 'progress' in fields ? fields.progress : [],
    recommendationIds: 'recommendationIds' in fields ? fields.recommendationIds : [],
    dependencies: 'dependencies' in fields ? fields.dependencies : [],
    extra: 'extra' in fields ? fields.extra : {},
    source: 'source' in fields ? fields.source : null,
    id: fields.id,
  } as Action;
}

/** Every field of an action at its empty value, in the model's order (`id` aside). */
function actionDefaults(): Omit<Action, 'id'> {
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
  };
}

const ACTION_KEYS: ReadonlySet<string> = new Set(['id', ...Object.keys(actionDefaults())]);

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
