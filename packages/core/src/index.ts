export * from './model/index';
export * from './grid/grid';
