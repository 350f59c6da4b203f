export * from './codes.ts';
export * from './mask.ts';
export * from './input-problem.ts';
export * from './metric-labels.ts';
export * from './row-problem.ts';
