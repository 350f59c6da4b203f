export * from './codes.ts';
export * from './mask.ts';
export * from './input-problem.ts';
