export * from './partialDate';
export * from './issue';
export * from './source';
export * from './plan';
export { planJsonSchema } from './jsonSchema';
export { createAction, createPlan } from './create';
